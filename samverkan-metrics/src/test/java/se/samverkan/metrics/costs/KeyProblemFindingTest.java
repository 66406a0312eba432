package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.metrics.rules.Rule;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;

/**
 * A förbund key the cost sharing cannot compute has a KEY_INCOMPLETE finding at the problem's own pointer
 * (once, populations all 0 and a second Försäkringskassan stopped the split without any finding).
 */
class KeyProblemFindingTest {

    private static Party party(String id, PartyType type, Long population) {
        return Party.builder().id(id).name("Part " + id).type(type).population(Optional.ofNullable(population))
            .build();
    }

    private static SamverkanDocument document(List<Party> extra, String... members) {
        return SamverkanDocument.builder()
            .addParties(party("sf", PartyType.COORDINATION_ASSOCIATION, null),
                party("fk", PartyType.SOCIAL_INSURANCE_AGENCY, null),
                party("af", PartyType.PUBLIC_EMPLOYMENT_SERVICE, null), party("region", PartyType.REGION, null))
            .addAllParties(extra)
            .addAssociations(CoordinationAssociation.builder().id("sf").addMembers(members).build())
            .build();
    }

    private static List<Finding> keyFindings(SamverkanDocument document) {
        return ReportingRules.create().check(document).stream().filter(f -> f.rule() == Rule.KEY_INCOMPLETE).toList();
    }

    @Test
    void municipalities_whose_populations_are_all_zero() {
        SamverkanDocument document = document(List.of(party("m1", PartyType.MUNICIPALITY, 0L),
            party("m2", PartyType.MUNICIPALITY, 0L)), "fk", "af", "region", "m1", "m2");
        AssociationKey key = CostSharing.create().key(document, "sf").orElseThrow();
        assertThat(key.problems()).extracting(KeyProblem::type, KeyProblem::path)
            .containsExactly(tuple(KeyProblemType.ZERO_POPULATION, "/associations/0/municipalKey"));
        assertThat(keyFindings(document)).extracting(Finding::path).containsExactly("/associations/0/municipalKey");
    }

    @Test
    void two_members_counting_as_forsakringskassan() {
        SamverkanDocument document = document(List.of(party("m1", PartyType.MUNICIPALITY, null),
            party("fk2", PartyType.SOCIAL_INSURANCE_AGENCY, null)), "fk", "af", "region", "m1", "fk2");
        AssociationKey key = CostSharing.create().key(document, "sf").orElseThrow();
        assertThat(key.problems()).extracting(KeyProblem::type, KeyProblem::path)
            .containsExactly(tuple(KeyProblemType.SEVERAL_SOCIAL_INSURANCE_AGENCIES, "/associations/0/members/4"));
        assertThat(keyFindings(document)).extracting(Finding::path).containsExactly("/associations/0/members/4");
    }

    @Test
    void a_member_without_population_has_one_pointer_for_metric_and_rule() {
        SamverkanDocument document = document(List.of(party("m1", PartyType.MUNICIPALITY, 10L),
            party("m2", PartyType.MUNICIPALITY, null)), "fk", "af", "region", "m1", "m2");
        AssociationKey key = CostSharing.create().key(document, "sf").orElseThrow();
        assertThat(key.problems()).extracting(KeyProblem::type, KeyProblem::path)
            .containsExactly(tuple(KeyProblemType.MISSING_POPULATION, "/associations/0/members/4"));
        assertThat(keyFindings(document)).extracting(Finding::path).containsExactly("/associations/0/members/4");
    }
}

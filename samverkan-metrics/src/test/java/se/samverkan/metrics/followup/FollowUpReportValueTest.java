package se.samverkan.metrics.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.metrics.ValueContract.assertValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.metrics.costs.MemberShare;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.Funding;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Orientation;

/**
 * A förbund's year of the national follow-up is a value: equal when the förbund, the year, the funding
 * entry, each member's part and each insats's row are.
 */
class FollowUpReportValueTest {

    private static Funding funding(String total) {
        return Funding.builder().year(2021).total(Amount.parse(total)).equity(Amount.ofKronor(-50_000)).build();
    }

    /** The förbund key's parts of an amount: ½ to fk, ¼ to the region, ¼ to the municipality. */
    private static List<MemberShare> allocation(String amount) {
        SamverkanDocument document = SamverkanDocument.builder().parties(List.of(
                Party.builder().id("fk").name("fk").type(PartyType.SOCIAL_INSURANCE_AGENCY).build(),
                Party.builder().id("region").name("region").type(PartyType.REGION).build(),
                Party.builder().id("kommun").name("kommun").type(PartyType.MUNICIPALITY).build()))
            .addAssociations(CoordinationAssociation.builder().id("sf").addMembers("fk", "region", "kommun").build())
            .build();
        return CostSharing.create().key(document, "sf").orElseThrow().split(Amount.parse(amount)).orElseThrow();
    }

    private static List<ProjectFollowUp> projects(int women) {
        return List.of(new ProjectFollowUp.Builder().project("individ", Orientation.INDIVIDUAL)
            .budget(Amount.ofKronor(400_000), Amount.ofKronor(900_000))
            .participantsByGender(Map.of(Gender.WOMAN, women)).build());
    }

    private static FollowUpReport report(String association, int year, Optional<Funding> funding,
            Optional<List<MemberShare>> allocation, List<ProjectFollowUp> projects) {
        return FollowUpReport.of(association, year, funding, allocation, projects);
    }

    @Test
    void equal_exactly_when_every_figure_is() {
        FollowUpReport report = report("sf", 2021, Optional.of(funding("4000000")), Optional.of(allocation("4000000")),
            projects(12));
        assertThat(report.allocatedFunds()).contains(Amount.ofKronor(4_000_000));
        assertThat(report.participants()).isEqualTo(12);
        // 4 000 000: fk 2 000 000, region and municipality 1 000 000 each.
        assertThat(report.allocationByMember().orElseThrow()).extracting(MemberShare::amount).containsExactly(
            Amount.ofKronor(2_000_000), Amount.ofKronor(1_000_000), Amount.ofKronor(1_000_000));
        assertValue(report,
            report("sf", 2021, Optional.of(funding("4000000.00")), Optional.of(allocation("4000000.0")), projects(12)),
            report("annat", 2021, Optional.of(funding("4000000")), Optional.of(allocation("4000000")), projects(12)),
            report("sf", 2022, Optional.of(funding("4000000")), Optional.of(allocation("4000000")), projects(12)),
            report("sf", 2021, Optional.of(funding("4000000.02")), Optional.of(allocation("4000000")), projects(12)),
            report("sf", 2021, Optional.empty(), Optional.of(allocation("4000000")), projects(12)),
            report("sf", 2021, Optional.of(funding("4000000")), Optional.of(allocation("4000000.01")), projects(12)),
            report("sf", 2021, Optional.of(funding("4000000")), Optional.empty(), projects(12)),
            report("sf", 2021, Optional.of(funding("4000000")), Optional.of(allocation("4000000")), projects(13)),
            report("sf", 2021, Optional.of(funding("4000000")), Optional.of(allocation("4000000")), List.of()));
    }

    @Test
    void the_association_is_required() {
        assertThatThrownBy(() -> report(null, 2021, Optional.empty(), Optional.empty(), List.of()))
            .isInstanceOf(NullPointerException.class).hasMessage("association");
    }
}

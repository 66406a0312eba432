package se.samverkan.metrics.rules;

import se.samverkan.model.problem.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.metrics.rules.RuleAssertions.assertFindings;
import static se.samverkan.metrics.rules.RuleAssertions.error;
import static se.samverkan.metrics.rules.RuleAssertions.warning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;

/**
 * Findings come in document order of their JSON Pointers (not alphabetical: {@code partners} comes before
 * {@code cohorts}), then in rule order.
 */
class FindingOrderTest {

    @Test
    void findings_follow_the_document_then_the_rule_table() {
        List<Party> parties = new ArrayList<>(RuleFixtures.parties());
        parties.add(RuleFixtures.party("af", PartyType.PUBLIC_EMPLOYMENT_SERVICE));
        ImmutableSamverkanDocument document = RuleFixtures.document().withParties(parties)
            .withAssociations(RuleFixtures.association().withMembers("fk", "af", "kommun-a", "kommun-b"))
            .withProjects(RuleFixtures.project().withCohorts(RuleFixtures.cohort("c1", 2, "2020-02-01", "2020-03-31"),
                RuleFixtures.cohort("c2", 1, "2020-04-01", "2020-05-31")).withOwner("okand").withPartners("fk"))
            .withParticipants(RuleFixtures.participant("d1",
                RuleFixtures.participation().withStart(LocalDate.parse("2019-12-01"))
                    .withEnd(Optional.empty()).withAuthorityContacts()));
        assertFindings(document).containsExactly(
            error(Rule.DUPLICATE_ID, "/parties/7/id"),
            error(Rule.ASSOCIATION_MEMBERS_INCOMPLETE, "/associations/0/members"),
            error(Rule.UNKNOWN_REFERENCE, "/projects/0/owner"),
            error(Rule.PROJECT_TOO_FEW_PARTIES, "/projects/0/partners"),
            warning(Rule.COHORT_SEQUENCE, "/projects/0/cohorts/0"),
            warning(Rule.PARTICIPATION_OUTSIDE_PERIOD, "/participants/0/participations/0/start"),
            warning(Rule.TOO_FEW_AUTHORITY_CONTACTS, "/participants/0/participations/0/authorityContacts"),
            error(Rule.OUTCOME_WITHOUT_END, "/participants/0/participations/0/exitOutcome"));
    }

    @Test
    void every_type_s_properties_rank_in_its_declaration_order() {
        for (List<String> type : PropertyOrder.TYPES) {
            for (int i = 1; i < type.size(); i++) {
                assertThat(PropertyOrder.rank(type.get(i - 1))).as("%s before %s", type.get(i - 1), type.get(i))
                    .isLessThan(PropertyOrder.rank(type.get(i)));
            }
        }
        assertThat(PropertyOrder.rank("notAProperty")).isGreaterThan(PropertyOrder.rank("reenrolmentReason"));
    }

    @Test
    void pointers_escape_tilde_and_slash_and_order_indices_numerically() {
        Pointer survey = Pointer.participation(0, 0).property("survey");
        assertThat(survey.key("a/b~c", 0).text()).isEqualTo("/participants/0/participations/0/survey/a~1b~0c");
        assertThat(Pointer.project(2).compareTo(Pointer.project(10))).isNegative();
        assertThat(Pointer.project(2).compareTo(Pointer.project(2).property("id"))).isNegative();
        assertThat(survey.key("z", 0).compareTo(survey.key("a", 1))).isNegative();
        assertThat(Pointer.root().property("parties").compareTo(Pointer.root().property("associations"))).isNegative();
    }

    @Test
    void findings_are_values() {
        Finding one = Finding.of(Rule.COHORT_SEQUENCE, "/projects/0/cohorts/12", "sv", "en");
        assertThat(one).isEqualTo(Finding.of(Rule.COHORT_SEQUENCE, "/projects/0/cohorts/12", "sv", "en"))
            .hasSameHashCodeAs(Finding.of(Rule.COHORT_SEQUENCE, "/projects/0/cohorts/12", "sv", "en"))
            .isNotEqualTo(Finding.of(Rule.COHORT_SEQUENCE, "/projects/0/cohorts/11", "sv", "en"));
        assertThat(one.severity()).isEqualTo(Severity.WARNING);
        assertThat(one.message(Locale.UK)).isEqualTo("en");
        assertThat(one.message(Locale.GERMAN)).isEqualTo("sv");
        assertThat(one).hasToString("WARNING COHORT_SEQUENCE /projects/0/cohorts/12: sv");
    }
}

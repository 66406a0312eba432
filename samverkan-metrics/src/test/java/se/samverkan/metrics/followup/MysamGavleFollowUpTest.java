package se.samverkan.metrics.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import se.samverkan.metrics.costs.CostAttribution;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.metrics.costs.MemberShare;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.testing.SeedDocuments;

/** examples/data/README.md: the Mysam Gävle förstudie, a structural pre-study without budget lines. */
class MysamGavleFollowUpTest {

    private final SamverkanDocument document = SeedDocuments.mysamGavleForstudie();

    @Test
    void samordningsforbund_gavleborg_reports_its_funds_and_the_structural_pre_study_of_2021() {
        FollowUpReport report = NationalFollowUp.create().report(document, "samordningsforbund-gavleborg", 2021).orElseThrow();
        assertThat(report.allocationByMember().orElseThrow()).extracting(MemberShare::party, MemberShare::amount)
            .containsExactly(
                tuple("forsakringskassan", Amount.ofKronor(10_000_000)),
                tuple("region-gavleborg", Amount.ofKronor(5_000_000)),
                tuple("gavle-kommun", Amount.ofKronor(5_000_000)));
        ProjectFollowUp forstudie = report.projects().get(0);
        assertThat(forstudie.project()).isEqualTo(SeedDocuments.MYSAM_GAVLE);
        assertThat(forstudie.orientation()).isEqualTo(Orientation.STRUCTURAL);
        assertThat(forstudie.budget()).isEqualTo(Amount.zero());
        assertThat(forstudie.outcome()).isEmpty();
        assertThat(forstudie.plannedParticipants()).isEmpty();
        assertThat(forstudie.participantsByGender()).containsOnlyKeys(Gender.values()).containsValues(0);
        assertThat(NationalFollowUp.create().reports(document)).hasSize(1);
    }

    @Test
    void the_pre_study_costs_nothing_that_the_document_can_price() {
        // The processledare is funded by the förbund without an annual cost and there are no budget lines.
        CostAttribution attribution = CostSharing.create().costAttribution(document, document.getProjects().get(0));
        assertThat(attribution.total()).isEqualTo(Amount.zero());
        assertThat(attribution.byParty()).isEmpty();
    }
}

package se.samverkan.model.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.money.Amount;
import se.samverkan.model.goal.AgeBandTotal;
import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.GenderTotal;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.FundingShare;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.project.ProjectKind;
import se.samverkan.model.project.Resource;
import se.samverkan.model.project.Project;
import se.samverkan.model.validation.SamverkanValidator;

class SeedDocumentsTest {

    private static final SamverkanValidator VALIDATOR = SamverkanValidator.create();

    @Test
    void every_seed_breaks_no_field_rule() {
        assertThat(VALIDATOR.validate(SeedDocuments.gemensammaTagetVuxna())).isEmpty();
        assertThat(VALIDATOR.validate(SeedDocuments.gemensammaTagetVuxna(150, 42))).isEmpty();
        assertThat(VALIDATOR.validate(SeedDocuments.kavlingeLommaProcess())).isEmpty();
        assertThat(VALIDATOR.validate(SeedDocuments.mysamGavleForstudie())).isEmpty();
        assertThat(VALIDATOR.validate(SeedDocuments.gransgangareEsf())).isEmpty();
        assertThat(SeedDocuments.all()).hasSize(4).allSatisfy(d -> assertThat(VALIDATOR.validate(d)).isEmpty());
    }

    @Test
    void gemensamma_taget_budget_per_year_matches_the_application() {
        Budget budget = project(SeedDocuments.gemensammaTagetVuxna()).getBudget();
        Map<Integer, Amount> perYear = budget.getLines().stream().collect(Collectors.groupingBy(BudgetLine::getYear,
            TreeMap::new, Collectors.reducing(Amount.zero(), BudgetLine::getAmount, Amount::plus)));
        assertThat(perYear).containsExactly(
            Map.entry(2008, Amount.ofKronor(1_198_000)),
            Map.entry(2009, Amount.ofKronor(1_365_000)),
            Map.entry(2010, Amount.ofKronor(192_000)));
        assertThat(budget.total()).isEqualTo(Amount.ofKronor(2_755_000));
        assertThat(budget.getStatedGrandTotal()).contains(Amount.ofKronor(2_755_000));
    }

    @Test
    void gemensamma_taget_has_thirteen_groups_and_group_thirteen_starts_in_january_2009() {
        Project project = project(SeedDocuments.gemensammaTagetVuxna());
        assertThat(project.getCohorts()).hasSize(13);
        assertThat(project.getCohorts().get(12).getPeriod().getStart()).hasToString("2009-01-11");
        assertThat(project.getTargetGroup().getAgeRange()).hasToString("25-45");
        assertThat(project.getTargetGroup().getMinAuthorityContacts()).isEqualTo(2);
        assertThat(project.getTargetGroup().getPlannedParticipants()).map(Object::toString).contains("80-100");
    }

    @Test
    void synthetic_participants_are_deterministic_for_a_seed_and_carry_no_names() {
        SamverkanDocument first = SeedDocuments.gemensammaTagetVuxna(40, 7);
        assertThat(first).isEqualTo(SeedDocuments.gemensammaTagetVuxna(40, 7));
        assertThat(first).isNotEqualTo(SeedDocuments.gemensammaTagetVuxna(40, 8));
        assertThat(first.getParticipants()).hasSize(40).extracting(Participant::getId).startsWith("gtv-001", "gtv-002");
        assertThat(first.getParticipants()).filteredOn(Participant::isAnonymous).allSatisfy(p -> {
            assertThat(p.getEducationLevel()).isEmpty();
            assertThat(p.getParticipations()).allSatisfy(q -> assertThat(q.getSurvey()).isEmpty());
        });
    }

    @Test
    void kavlinge_lomma_costs_710_000_a_year_and_2_130_000_in_all() {
        Budget budget = project(SeedDocuments.kavlingeLommaProcess()).getBudget();
        assertThat(budget.total()).isEqualTo(Amount.ofKronor(2_130_000));
        assertThat(budget.getStatedTotals()).allSatisfy(t -> assertThat(t.getAmount()).isEqualTo(Amount.ofKronor(710_000)));
    }

    @Test
    void gransgangare_is_the_esf_case_2022_00116() {
        Project project = project(SeedDocuments.gransgangareEsf());
        assertThat(project.getEsf()).hasValueSatisfying(esf -> {
            assertThat(esf.getCaseNumber()).isEqualTo("2022/00116");
            assertThat(esf.getTotalBudget()).isEqualTo(Amount.ofKronor(399_909));
            assertThat(esf.getGrantedSupport()).isEqualTo(Amount.ofKronor(399_909));
            assertThat(esf.getUnionCoFinancingRate()).isEqualByComparingTo("0.5");
        });
    }

    @Test
    void gemensamma_taget_studies_table_prints_wrong_age_band_totals() {
        Breakdown studies = project(SeedDocuments.gemensammaTagetVuxna()).getGoals().get(2).getBreakdown().orElseThrow();
        assertThat(studies.getAgeBands()).extracting(Object::toString).containsExactly("18-30", "31-64");
        int[] sums = new int[2];
        studies.getCells().forEach(c -> sums[c.getAgeBand()] += c.getValue());
        assertThat(sums).containsExactly(4, 6);
        assertThat(studies.getColumnTotals()).extracting(AgeBandTotal::getValue).containsExactly(0, 10);
        assertThat(studies.getRowTotals()).extracting(GenderTotal::getValue).containsExactly(5, 5);
        assertThat(studies.getTotal()).hasValue(10);
    }

    @Test
    void gemensamma_taget_goals_are_those_of_the_application() {
        Project project = project(SeedDocuments.gemensammaTagetVuxna());
        assertThat(project.getGoals()).extracting(g -> g.getIndicator().getType() + " " + g.getTarget().getComparator()
                + " " + g.getTarget().getValue().toPlainString())
            .containsExactly("PARTICIPANTS_STARTED BETWEEN 80", "EXIT_OUTCOME_SHARE AT_LEAST 40",
                "EXIT_OUTCOME_SHARE AT_LEAST 5", "SURVEY_SHARE AT_LEAST 100", "SURVEY_SHARE AT_LEAST 100",
                "SURVEY_SHARE AT_LEAST 100");
        assertThat(project.getOwner()).isEqualTo("arbetsformedlingen");
        assertThat(project.getFinanciers()).containsExactly("samordningsforbundet-umea");
        assertThat(project.getPeriod()).hasToString("2008-03-01/2010-02-28");
    }

    @Test
    void kavlinge_lomma_has_a_full_time_process_leader_and_premises_in_kind() {
        Project project = project(SeedDocuments.kavlingeLommaProcess());
        assertThat(project.getOwner()).isEqualTo("arbetsformedlingen");
        assertThat(project.getResources()).hasSize(2);
        Resource leader = project.getResources().get(0);
        assertThat(leader.getRole()).isEqualTo("processledare");
        assertThat(leader.getExtent().getFte()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1.0"));
        assertThat(leader.getFundedBy()).extracting(FundingShare::getParty).containsExactly("finsam-kavlinge-lomma");
        assertThat(project.getResources().get(1).getFundedBy()).extracting(FundingShare::getParty)
            .containsExactly("arbetsformedlingen");
        assertThat(project.getTargetGroup().getAgeRange()).hasToString("18-64");
        assertThat(project.getTargetGroup().getMunicipalities()).containsExactly("kavlinge-kommun", "lomma-kommun");
    }

    @Test
    void mysam_gavle_is_a_structural_pre_study_with_a_reported_deliverable() {
        Project project = project(SeedDocuments.mysamGavleForstudie());
        assertThat(project.getKind()).isEqualTo(ProjectKind.PRE_STUDY);
        assertThat(project.getOrientation()).isEqualTo(Orientation.STRUCTURAL);
        assertThat(project.getPeriod()).hasToString("2021-10-01/2021-12-31");
        assertThat(project.getGoals()).singleElement()
            .satisfies(g -> assertThat(g.getIndicator().getType()).isEqualTo(IndicatorType.REPORTED));
        assertThat(project.getPartners()).containsExactly("region-gavleborg", "arbetsformedlingen", "forsakringskassan");
    }

    @Test
    void seeds_name_roles_never_people() {
        for (SamverkanDocument document : SeedDocuments.all()) {
            // No e-mail addresses or phone numbers of the seeds' contact persons: the fixtures name roles only.
            assertThat(document.toString()).doesNotContain("@").doesNotContainPattern("\\b0\\d{1,3}-\\d{2} ?\\d{2} ?\\d{2}");
        }
    }

    private static Project project(SamverkanDocument document) {
        assertThat(document.getProjects()).hasSize(1);
        return document.getProjects().get(0);
    }
}

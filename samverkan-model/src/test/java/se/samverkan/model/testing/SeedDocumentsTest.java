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
import se.samverkan.model.participant.Participant;
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

    private static Project project(SamverkanDocument document) {
        assertThat(document.getProjects()).hasSize(1);
        return document.getProjects().get(0);
    }
}

package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.metrics.Fixtures.ended;
import static se.samverkan.metrics.Fixtures.period;
import static se.samverkan.metrics.Fixtures.person;
import static se.samverkan.metrics.Fixtures.started;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.metrics.Fixtures;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.project.Project;
import se.samverkan.model.time.Period;

/** The configured {@link CostSharing}: unit costs from the measured result, never from copied counts. */
class CostSharingServiceTest {

    private static final Period YEAR_2009 = period("2009-01-01", "2009-12-31");

    // Budget: 60 000 kr in 2008 and 90 000 kr in 2009, all from sf-umea; 150 000 kr in all.
    private static final Project PROJECT = Fixtures.project(Fixtures.PROJECT, period("2008-03-01", "2010-02-28"))
        .budget(Budget.builder().addLines(
            ProjectFinancingTest.line(2008, CostCategory.STAFF, "60000", "sf-umea"),
            ProjectFinancingTest.line(2009, CostCategory.STAFF, "90000", "sf-umea")).build())
        .build();

    // Started in 2009: a and b; ended in work or studies in 2009: a. Over the project period: 3 started,
    // 2 ended in work or studies (a in employment, c in studies).
    private static final SamverkanDocument DOCUMENT = SamverkanDocument.builder()
        .addProjects(PROJECT)
        .addParticipants(
            person("a", Gender.WOMAN, 1990, ended("2009-02-01", "2009-06-30", ExitOutcome.EMPLOYMENT)),
            person("b", Gender.MAN, 1985, started("2009-03-01")),
            person("c", Gender.WOMAN, 1970, ended("2008-05-01", "2008-10-01", ExitOutcome.STUDIES)))
        .build();

    @Test
    void unit_costs_of_a_year_divide_that_years_budget_by_that_years_measured_participations() {
        MeasurementScope scope = MeasurementScope.of(YEAR_2009);
        ProjectResult measured = ProjectMetrics.of(scope).compute(DOCUMENT, Fixtures.PROJECT).orElseThrow();

        UnitCosts unit = CostSharing.of(scope).projectCosts(PROJECT, measured).unitCosts();

        // 90 000 ÷ 2 started = 45 000.00; 90 000 ÷ 1 in work or studies = 90 000.00.
        assertThat(unit.budgetTotal()).isEqualTo(Amount.ofKronor(90_000));
        assertThat(unit.started()).isEqualTo(2);
        assertThat(unit.endedInWorkOrStudies()).isEqualTo(1);
        assertThat(unit.perStartedParticipant()).contains(Amount.parse("45000.00"));
        assertThat(unit.perWorkOrStudies()).contains(Amount.parse("90000.00"));
    }

    @Test
    void over_the_project_period_every_line_and_every_participation_counts() {
        UnitCosts unit = CostSharing.create().projectCosts(DOCUMENT, Fixtures.PROJECT).orElseThrow().unitCosts();

        // 150 000 ÷ 3 started = 50 000.00; 150 000 ÷ 2 in work or studies = 75 000.00.
        assertThat(unit.budgetTotal()).isEqualTo(Amount.ofKronor(150_000));
        assertThat(unit.perStartedParticipant()).contains(Amount.parse("50000.00"));
        assertThat(unit.perWorkOrStudies()).contains(Amount.parse("75000.00"));
    }

    @Test
    void the_document_form_equals_the_measured_form() {
        CostSharing costs = CostSharing.of(MeasurementScope.of(YEAR_2009));
        ProjectResult measured =
            ProjectMetrics.of(costs.scope()).compute(DOCUMENT, Fixtures.PROJECT).orElseThrow();

        assertThat(costs.projectCosts(DOCUMENT, Fixtures.PROJECT).orElseThrow().unitCosts().perStartedParticipant())
            .isEqualTo(costs.projectCosts(PROJECT, measured).unitCosts().perStartedParticipant());
        assertThat(costs.projectCosts(DOCUMENT, "okänd")).isEmpty();
    }

    @Test
    void a_result_measured_over_another_scope_or_insats_is_refused() {
        ProjectResult year = ProjectMetrics.of(MeasurementScope.of(YEAR_2009)).compute(DOCUMENT, Fixtures.PROJECT)
            .orElseThrow();
        Project other = Fixtures.project("annan", period("2008-03-01", "2010-02-28")).build();

        assertThatThrownBy(() -> CostSharing.create().projectCosts(PROJECT, year))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("measured over");
        assertThatThrownBy(() -> CostSharing.of(MeasurementScope.of(YEAR_2009)).projectCosts(other, year))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("annan");
    }

    @Test
    void the_scope_selects_the_lines_of_financing_and_attribution() {
        CostSharing year = CostSharing.of(MeasurementScope.of(YEAR_2009));

        // Only the 2009 line: 90 000 kr.
        assertThat(year.projectFinancing(PROJECT).budget().total()).isEqualTo(Amount.ofKronor(90_000));
        assertThat(CostSharing.create().projectFinancing(PROJECT).budget().total())
            .isEqualTo(Amount.ofKronor(150_000));
        assertThat(CostSharing.create().scope()).isEqualTo(MeasurementScope.projectPeriod());
        assertThat(year.keys(DOCUMENT)).isEmpty();
        assertThat(year.esfSplit(PROJECT)).isEmpty();
    }

    @Test
    @SuppressWarnings("removal")
    void the_deprecated_static_methods_give_what_the_instances_give() {
        assertThat(CostSharing.financing(PROJECT, YEAR_2009).budget().total())
            .isEqualTo(CostSharing.of(MeasurementScope.of(YEAR_2009)).projectFinancing(PROJECT).budget().total());
        assertThat(CostSharing.attribution(DOCUMENT, PROJECT).total())
            .isEqualTo(CostSharing.create().costAttribution(DOCUMENT, PROJECT).total());
        assertThat(CostSharing.associationKeys(DOCUMENT)).isEqualTo(List.of());
    }
}

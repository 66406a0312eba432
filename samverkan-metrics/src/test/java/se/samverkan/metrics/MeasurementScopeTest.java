package se.samverkan.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.metrics.Fixtures.date;
import static se.samverkan.metrics.Fixtures.dec;
import static se.samverkan.metrics.Fixtures.goal;
import static se.samverkan.metrics.Fixtures.indicator;
import static se.samverkan.metrics.Fixtures.period;

import org.junit.jupiter.api.Test;

import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.project.Project;

class MeasurementScopeTest {

    private final Goal projectGoal = goal("started", indicator(IndicatorType.PARTICIPANTS_STARTED), Target.atLeast(dec("80")));
    private final Goal firstYearGoal = Goal.builder().from(projectGoal).id("first-year")
        .period(period("2008-03-01", "2008-12-31")).build();
    private final Project project = Fixtures.project(projectGoal, firstYearGoal);

    @Test
    void by_default_the_project_period_is_measured_as_of_its_end() {
        MeasurementWindow window = MeasurementScope.projectPeriod().windowFor(project);
        assertThat(window.project()).isEqualTo("gt-vuxna");
        assertThat(window.period()).isEqualTo(period("2008-03-01", "2010-02-28"));
        assertThat(window.asOf()).isEqualTo(date("2010-02-28"));
    }

    @Test
    void a_given_period_is_measured_as_of_its_end_unless_as_of_is_given() {
        MeasurementScope year = MeasurementScope.of(period("2009-01-01", "2009-12-31"));
        assertThat(year.windowFor(project).asOf()).isEqualTo(date("2009-12-31"));
        assertThat(year.asOf(date("2009-06-30")).windowFor(project).asOf()).isEqualTo(date("2009-06-30"));
        assertThat(MeasurementScope.of(null, date("2009-06-30")).windowFor(project).period())
            .isEqualTo(project.getPeriod());
    }

    @Test
    void a_goal_without_own_period_uses_the_project_window() {
        MeasurementScope scope = MeasurementScope.projectPeriod().asOf(date("2009-06-30"));
        assertThat(scope.windowFor(project, projectGoal)).isEqualTo(scope.windowFor(project));
    }

    @Test
    void a_goal_with_own_period_is_measured_over_it_with_as_of_capped_at_its_end() {
        MeasurementWindow byDefault = MeasurementScope.projectPeriod().windowFor(project, firstYearGoal);
        assertThat(byDefault.period()).isEqualTo(period("2008-03-01", "2008-12-31"));
        assertThat(byDefault.asOf()).isEqualTo(date("2008-12-31"));

        MeasurementWindow early = MeasurementScope.projectPeriod().asOf(date("2008-06-30")).windowFor(project, firstYearGoal);
        assertThat(early.asOf()).isEqualTo(date("2008-06-30"));
    }

    @Test
    void a_disordered_measurement_period_is_rejected() {
        assertThatThrownBy(() -> MeasurementScope.of(period("2009-12-31", "2009-01-01")))
            .isInstanceOf(IllegalArgumentException.class);
    }
}

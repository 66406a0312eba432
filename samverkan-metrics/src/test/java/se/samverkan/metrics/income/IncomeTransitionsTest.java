package se.samverkan.metrics.income;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.metrics.Fixtures.date;
import static se.samverkan.metrics.Fixtures.ended;
import static se.samverkan.metrics.Fixtures.period;
import static se.samverkan.metrics.Fixtures.person;
import static se.samverkan.metrics.Fixtures.started;
import static se.samverkan.model.participant.ExitOutcome.EMPLOYMENT;
import static se.samverkan.model.participant.ExitOutcome.ERRONEOUS_REGISTRATION;
import static se.samverkan.model.participant.ExitOutcome.HEALTH_CARE;
import static se.samverkan.model.participant.Gender.MAN;
import static se.samverkan.model.participant.Gender.WOMAN;
import static se.samverkan.model.participant.IncomeSource.ACTIVITY_SUPPORT;
import static se.samverkan.model.participant.IncomeSource.NO_INCOME;
import static se.samverkan.model.participant.IncomeSource.SICKNESS_BENEFIT;
import static se.samverkan.model.participant.IncomeSource.SOCIAL_ASSISTANCE;
import static se.samverkan.model.participant.IncomeSource.STUDENT_FINANCE;
import static se.samverkan.model.participant.IncomeSource.SUBSIDISED_EMPLOYMENT;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.metrics.Fixtures;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.Project;

class IncomeTransitionsTest {

    private final Project project = Fixtures.project();

    private final List<Participant> people = List.of(
        // supported → self-supporting: left support
        person("i1", WOMAN, 1980, ended("2008-04-01", "2008-12-31", EMPLOYMENT)
            .addIncomeAtStart(SOCIAL_ASSISTANCE).addIncomeAtEnd(SUBSIDISED_EMPLOYMENT)),
        // supported → still supported (another group): supported at both ends
        person("i2", MAN, 1975, ended("2008-04-01", "2009-03-31", HEALTH_CARE)
            .addIncomeAtStart(ACTIVITY_SUPPORT).addIncomeAtEnd(SICKNESS_BENEFIT, STUDENT_FINANCE)),
        // no income → supported: supported at end only
        person("i3", MAN, 1990, ended("2008-05-01", "2009-06-30", HEALTH_CARE)
            .addIncomeAtStart(NO_INCOME).addIncomeAtEnd(SICKNESS_BENEFIT)),
        // income at end not recorded: not counted
        person("i4", WOMAN, 1985, ended("2008-05-01", "2009-06-30", EMPLOYMENT).addIncomeAtStart(SOCIAL_ASSISTANCE)),
        // not ended: not counted
        person("i5", WOMAN, 1985, started("2009-05-01").addIncomeAtStart(SOCIAL_ASSISTANCE)),
        // registered in error: not counted
        person("i6", WOMAN, 1985, ended("2008-05-01", "2008-05-02", ERRONEOUS_REGISTRATION)
            .addIncomeAtStart(SOCIAL_ASSISTANCE).addIncomeAtEnd(NO_INCOME)));

    @Test
    void counts_support_at_start_and_end_among_recorded_ended_participations() {
        assertThat(IncomeTransitions.of(project, people, MeasurementScope.projectPeriod()))
            .isEqualTo(new IncomeTransitions(3, 2, 2, 1));
    }

    @Test
    void only_participations_ended_in_the_window_count() {
        MeasurementScope firstYear = MeasurementScope.of(period("2008-01-01", "2008-12-31"));
        assertThat(IncomeTransitions.of(project, people, firstYear)).isEqualTo(new IncomeTransitions(1, 1, 0, 1));
        MeasurementScope earlyAsOf = MeasurementScope.projectPeriod().asOf(date("2009-04-30"));
        assertThat(IncomeTransitions.of(project, people, earlyAsOf)).isEqualTo(new IncomeTransitions(2, 2, 1, 1));
    }
}

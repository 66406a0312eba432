package se.samverkan.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.metrics.Fixtures.date;
import static se.samverkan.metrics.Fixtures.ended;
import static se.samverkan.metrics.Fixtures.period;
import static se.samverkan.metrics.Fixtures.started;

import org.junit.jupiter.api.Test;

import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Participation;

class MeasurementWindowTest {

    /** Measured over 2009, as of 2009-06-30. */
    private final MeasurementWindow window =
        MeasurementWindow.of(Fixtures.PROJECT, period("2009-01-01", "2009-12-31"), date("2009-06-30"));

    @Test
    void a_participation_starting_on_either_bound_of_the_period_is_started() {
        assertThat(window.isStarted(started("2009-01-01").build())).isTrue();
        assertThat(window.isStarted(started("2008-12-31").build())).isFalse();
        MeasurementWindow wholeYear =
            MeasurementWindow.of(Fixtures.PROJECT, period("2009-01-01", "2009-12-31"), date("2009-12-31"));
        assertThat(wholeYear.isStarted(started("2009-12-31").build())).isTrue();
        assertThat(wholeYear.isStarted(started("2010-01-01").build())).isFalse();
    }

    @Test
    void a_participation_starting_after_as_of_is_not_started_yet() {
        assertThat(window.isStarted(started("2009-06-30").build())).isTrue();
        assertThat(window.isStarted(started("2009-07-01").build())).isFalse();
        assertThat(window.isOngoing(started("2009-07-01").build())).isFalse();
    }

    @Test
    void ended_needs_the_end_in_the_period_and_on_or_before_as_of() {
        assertThat(window.isEnded(ended("2008-05-01", "2009-01-01", ExitOutcome.EMPLOYMENT).build())).isTrue();
        assertThat(window.isEnded(ended("2008-05-01", "2008-12-31", ExitOutcome.EMPLOYMENT).build())).isFalse();
        assertThat(window.isEnded(ended("2009-02-01", "2009-06-30", ExitOutcome.EMPLOYMENT).build())).isTrue();
        assertThat(window.isEnded(ended("2009-02-01", "2009-07-01", ExitOutcome.EMPLOYMENT).build())).isFalse();
    }

    @Test
    void a_participation_ending_after_as_of_is_still_ongoing() {
        Participation endsLater = ended("2009-02-01", "2009-07-01", ExitOutcome.EMPLOYMENT).build();
        assertThat(window.isOngoing(endsLater)).isTrue();
        Participation endsOnAsOf = ended("2009-02-01", "2009-06-30", ExitOutcome.EMPLOYMENT).build();
        assertThat(window.isOngoing(endsOnAsOf)).isFalse();
    }

    @Test
    void ongoing_includes_a_participation_started_before_the_period() {
        Participation open = started("2008-04-01").build();
        assertThat(window.isOngoing(open)).isTrue();
        assertThat(window.isStarted(open)).isFalse();
    }

    @Test
    void a_participation_can_be_both_started_and_ended() {
        Participation both = ended("2009-02-01", "2009-03-01", ExitOutcome.STUDIES).build();
        assertThat(window.isStarted(both)).isTrue();
        assertThat(window.isEnded(both)).isTrue();
        assertThat(window.isOngoing(both)).isFalse();
    }

    @Test
    void an_erroneous_registration_is_never_counted_even_when_corrected_after_as_of() {
        Participation correctedLater = ended("2009-02-01", "2009-11-30", ExitOutcome.ERRONEOUS_REGISTRATION).build();
        assertThat(window.counts(correctedLater)).isFalse();
        assertThat(window.isStarted(correctedLater)).isFalse();
        assertThat(window.isOngoing(correctedLater)).isFalse();
        assertThat(window.isEnded(correctedLater)).isFalse();
    }

    @Test
    void another_projects_participation_is_not_counted() {
        Participation elsewhere = Participation.builder().project("other").start(date("2009-02-01")).build();
        assertThat(window.counts(elsewhere)).isFalse();
        assertThat(window.isStarted(elsewhere)).isFalse();
        assertThat(window.isOngoing(elsewhere)).isFalse();
    }

    @Test
    void active_during_a_year_means_under_way_on_some_day_of_it() {
        MeasurementWindow year2009 =
            MeasurementWindow.of(Fixtures.PROJECT, period("2009-01-01", "2009-12-31"), date("2009-12-31"));
        // Starts on New Year's Eve: under way on 31 December.
        assertThat(year2009.isActive(started("2009-12-31").build())).isTrue();
        assertThat(year2009.isActive(started("2010-01-01").build())).isFalse();
        // Ends on New Year's Day: under way on 1 January.
        assertThat(year2009.isActive(ended("2008-05-01", "2009-01-01", ExitOutcome.EMPLOYMENT).build())).isTrue();
        assertThat(year2009.isActive(ended("2008-05-01", "2008-12-31", ExitOutcome.EMPLOYMENT).build())).isFalse();
        // Spans the whole year, or is still open.
        assertThat(year2009.isActive(ended("2008-05-01", "2010-02-01", ExitOutcome.EMPLOYMENT).build())).isTrue();
        assertThat(year2009.isActive(started("2007-01-01").build())).isTrue();
        // A registration in error is never active.
        assertThat(year2009.isActive(ended("2009-02-01", "2009-03-01", ExitOutcome.ERRONEOUS_REGISTRATION).build()))
            .isFalse();
    }

    @Test
    void active_stops_at_as_of() {
        // As of 2009-06-30, a participation starting in July is not under way yet.
        assertThat(window.isActive(started("2009-06-30").build())).isTrue();
        assertThat(window.isActive(started("2009-07-01").build())).isFalse();
    }
}

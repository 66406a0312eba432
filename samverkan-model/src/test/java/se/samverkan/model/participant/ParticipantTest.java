package se.samverkan.model.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParticipantTest {

    private final Participation startedIn2008 = Participation.builder().project("gemensamma-taget-vuxna")
        .start(LocalDate.of(2008, 3, 31)).build();

    @Test
    void age_at_start_is_the_age_reached_during_the_start_year() {
        Participant bornInDecember = Participant.builder().id("d-1").gender(Gender.MAN).birthYear(1983).build();
        assertThat(bornInDecember.ageAtStart(startedIn2008)).hasValue(25);
    }

    @Test
    void without_birth_year_there_is_no_age() {
        Participant anonymous = Participant.builder().id("d-2").anonymous(true).gender(Gender.UNSPECIFIED).build();
        assertThat(anonymous.ageAtStart(startedIn2008)).isEmpty();
        assertThatThrownBy(() -> anonymous.ageAtStart(null)).isInstanceOf(NullPointerException.class)
            .hasMessage("participation");
    }

    @Test
    void an_erroneous_registration_is_not_counted() {
        assertThat(startedIn2008.isCounted()).isTrue();
        Participation erroneous = Participation.builder().from(startedIn2008).end(LocalDate.of(2008, 4, 1))
            .exitOutcome(ExitOutcome.ERRONEOUS_REGISTRATION).build();
        assertThat(erroneous.isCounted()).isFalse();
        assertThat(Participation.builder().from(erroneous).exitOutcome(ExitOutcome.EMPLOYMENT).build().isCounted())
            .isTrue();
    }

    @Test
    void a_participant_is_not_anonymous_by_default() {
        assertThat(Participant.builder().id("d-3").gender(Gender.WOMAN).build().isAnonymous()).isFalse();
    }
}

package se.samverkan.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final Period GEMENSAMMA_TAGET = Period.of(LocalDate.of(2008, 3, 1), LocalDate.of(2010, 2, 28));

    @Test
    void a_period_is_closed_at_both_ends() {
        assertThat(GEMENSAMMA_TAGET.contains(LocalDate.of(2008, 3, 1))).isTrue();
        assertThat(GEMENSAMMA_TAGET.contains(LocalDate.of(2010, 2, 28))).isTrue();
        assertThat(GEMENSAMMA_TAGET.contains(LocalDate.of(2008, 2, 29))).isFalse();
        assertThat(GEMENSAMMA_TAGET.contains(LocalDate.of(2010, 3, 1))).isFalse();
    }

    @Test
    void a_single_day_is_a_period() {
        LocalDate day = LocalDate.of(2021, 10, 1);
        Period one = Period.of(day, day);
        assertThat(one.isOrdered()).isTrue();
        assertThat(one.contains(day)).isTrue();
        assertThat(one.overlaps(one)).isTrue();
        assertThat(one.years()).containsExactly(2021);
    }

    @Test
    void encloses_and_overlaps() {
        Period group13 = Period.of(LocalDate.of(2009, 1, 11), LocalDate.of(2009, 2, 12));
        Period before = Period.of(LocalDate.of(2007, 12, 1), LocalDate.of(2008, 3, 1));
        Period adjacent = Period.of(LocalDate.of(2007, 12, 1), LocalDate.of(2008, 2, 29));
        assertThat(GEMENSAMMA_TAGET.encloses(group13)).isTrue();
        assertThat(GEMENSAMMA_TAGET.encloses(GEMENSAMMA_TAGET)).isTrue();
        assertThat(group13.encloses(GEMENSAMMA_TAGET)).isFalse();
        assertThat(GEMENSAMMA_TAGET.encloses(before)).isFalse();
        assertThat(GEMENSAMMA_TAGET.overlaps(before)).isTrue();
        assertThat(before.overlaps(GEMENSAMMA_TAGET)).isTrue();
        assertThat(GEMENSAMMA_TAGET.overlaps(adjacent)).isFalse();
    }

    @Test
    void years_are_the_calendar_years_touched() {
        assertThat(GEMENSAMMA_TAGET.years()).containsExactly(2008, 2009, 2010);
        assertThat(GEMENSAMMA_TAGET.touchesYear(2010)).isTrue();
        assertThat(GEMENSAMMA_TAGET.touchesYear(2011)).isFalse();
        assertThat(GEMENSAMMA_TAGET.touchesYear(2007)).isFalse();
    }

    @Test
    void a_disordered_period_can_be_built_and_is_empty() {
        Period disordered = Period.of(LocalDate.of(2010, 1, 1), LocalDate.of(2009, 1, 1));
        assertThat(disordered.isOrdered()).isFalse();
        assertThat(disordered.contains(LocalDate.of(2009, 6, 1))).isFalse();
        assertThat(disordered.overlaps(GEMENSAMMA_TAGET)).isFalse();
        assertThat(GEMENSAMMA_TAGET.overlaps(disordered)).isFalse();
        assertThat(disordered.years()).isEmpty();
        assertThat(disordered.touchesYear(2009)).isFalse();
    }

    @Test
    void text_equality_and_nulls() {
        assertThat(GEMENSAMMA_TAGET).hasToString("2008-03-01/2010-02-28");
        assertThat(GEMENSAMMA_TAGET).isEqualTo(Period.builder().start(LocalDate.of(2008, 3, 1))
            .end(LocalDate.of(2010, 2, 28)).build());
        assertThatThrownBy(() -> Period.of(null, LocalDate.MAX)).isInstanceOf(NullPointerException.class)
            .hasMessage("start");
        assertThatThrownBy(() -> Period.of(LocalDate.MIN, null)).isInstanceOf(NullPointerException.class)
            .hasMessage("end");
        assertThatThrownBy(() -> GEMENSAMMA_TAGET.contains(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> GEMENSAMMA_TAGET.encloses(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> GEMENSAMMA_TAGET.overlaps(null)).isInstanceOf(NullPointerException.class);
    }
}

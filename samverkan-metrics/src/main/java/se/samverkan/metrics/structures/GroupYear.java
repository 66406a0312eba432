package se.samverkan.metrics.structures;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.model.party.PartyType;

/**
 * One calendar year of a cooperation group: meetings held (on or before the as-of date) and planned, and
 * attendance (<i>närvaro</i>) — the mean over the held meetings of the share of the group's members with
 * role {@code MEMBER} that attended, as a percent rounded half-even to one decimal.
 *
 * @param year the calendar year
 * @param held the meetings held in the year, on or before the as-of date
 * @param planned the planned meetings ({@code meetingsPerYear} as written, not prorated; a negative value
 *     breaks a field rule and is shown as given)
 * @param attendance the attendance; empty when no meeting was held or the group has no {@code MEMBER}
 * @param attendanceByType the same rate over the {@code MEMBER}s of each of the four member types
 *     (Försäkringskassan, Arbetsförmedlingen, region, municipality, in that order; units counted as their
 *     top-most ancestor's type); empty for a type the group has no {@code MEMBER} of or when no meeting was
 *     held
 */
public record GroupYear(int year, int held, int planned, Optional<BigDecimal> attendance,
        Map<PartyType, Optional<BigDecimal>> attendanceByType) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if {@code held} is negative
     */
    public GroupYear {
        if (held < 0) {
            throw new IllegalArgumentException("held must not be negative");
        }
        Objects.requireNonNull(attendance, "attendance");
        EnumMap<PartyType, Optional<BigDecimal>> copy = new EnumMap<>(PartyType.class);
        attendanceByType.forEach((type, rate) -> copy.put(Objects.requireNonNull(type), Objects.requireNonNull(rate)));
        attendanceByType = Collections.unmodifiableMap(copy);
    }
}

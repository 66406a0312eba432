package se.samverkan.metrics.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.project.ParticipantCount;
import se.samverkan.model.project.Project;

/**
 * The participant figures of a project measured by counts only (<i>endast antal</i>, {@code COUNT_ONLY}):
 * the sums of its aggregate {@code participantCounts} over the measured years (docs/metrics.md). The one
 * place the participant summary, goal attainment and the national follow-up read those counts.
 */
public final class CountOnlyFigures {

    private CountOnlyFigures() {
    }

    /**
     * The started participations by gender: for each gender, the sum of the project's counts of the
     * years accepted.
     *
     * @param project the project, not null
     * @param measuredYear accepts the calendar years measured, not null
     * @return every gender in declaration order (zeros included), unmodifiable, never null
     * @throws NullPointerException if an argument is null
     * @throws ArithmeticException if a sum overflows an {@code int}
     */
    public static Map<Gender, Integer> startedByGender(Project project, IntPredicate measuredYear) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(measuredYear, "measuredYear");
        Map<Gender, Integer> counts = new EnumMap<>(Gender.class);
        for (Gender gender : Gender.values()) {
            counts.put(gender, 0);
        }
        for (ParticipantCount count : project.getParticipantCounts()) {
            if (measuredYear.test(count.getYear())) {
                counts.merge(count.getGender(), count.getCount(), Math::addExact);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * The started participations: the sum of the project's counts of the years accepted.
     *
     * @param project the project, not null
     * @param measuredYear accepts the calendar years measured, not null
     * @return the sum, ≥ 0 on a valid document
     * @throws NullPointerException if an argument is null
     * @throws ArithmeticException if the sum overflows an {@code int}
     */
    public static int started(Project project, IntPredicate measuredYear) {
        int total = 0;
        for (int count : startedByGender(project, measuredYear).values()) {
            total = Math.addExact(total, count);
        }
        return total;
    }
}

package se.samverkan.model.goal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.validation.Id;
import se.samverkan.model.validation.IndicatorComplete;

/**
 * How a goal is measured (<i>indikator</i>, docs/format.md): the type and the fields that type needs.
 *
 * <ul>
 *   <li>{@code EXIT_OUTCOME_SHARE}, {@code EXIT_OUTCOME_COUNT}: {@link #getOutcomes() outcomes}, not empty;</li>
 *   <li>{@code SURVEY_SHARE}: {@link #getQuestion() question} and {@link #getThreshold() threshold};</li>
 *   <li>{@code REPORTED}: {@link #getReported() reported} or {@link #getAchieved() achieved}, not both
 *       (either may be absent while nothing has been reported yet).</li>
 * </ul>
 * Validation ({@link IndicatorComplete}) reports a missing or misplaced field.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@IndicatorComplete
public abstract class Indicator {

    Indicator() {
    }

    /** The indicator type, never null. */
    public abstract IndicatorType getType();

    /** The exit outcomes that count, for the exit-outcome indicators. */
    public abstract Set<ExitOutcome> getOutcomes();

    /** The survey question's id, for {@code SURVEY_SHARE}. */
    public abstract Optional<@Id String> getQuestion();

    /** The lowest answer that counts, for {@code SURVEY_SHARE}; empty for the other types. */
    public abstract OptionalInt getThreshold();

    /** The number the project reports, for a numeric {@code REPORTED} goal. */
    public abstract Optional<BigDecimal> getReported();

    /**
     * Whether a reported deliverable (such as a finished project plan) was achieved (<i>uppnått</i>), for
     * a {@code REPORTED} goal: {@code true} or {@code false} as the document states it, or {@code null} when
     * it states nothing (not yet reported, or a goal that reports {@link #getReported() a number} instead).
     *
     * <p>The value is a yes/no that may be left unstated, exactly like {@code "achieved"} in the JSON form
     * ({@code true}, {@code false} or absent), so it is a {@code Boolean} marked {@code @Nullable} in this
     * null-marked package: a null checker makes the caller handle "not stated", and no wrapper or second
     * yes/no type stands between the caller and the document's answer. Test
     * {@code Boolean.TRUE.equals(indicator.getAchieved())} for "achieved", {@code Boolean.FALSE.equals(…)}
     * for "not achieved" and {@code == null} for "not stated".
     *
     * @return the stated answer, or null when none is stated
     */
    public abstract @Nullable Boolean getAchieved();

    /**
     * A builder for an indicator; {@code type} is mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableIndicator.Builder builder() {
        return ImmutableIndicator.builder();
    }
}

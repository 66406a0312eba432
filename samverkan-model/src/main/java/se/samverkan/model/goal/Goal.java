package se.samverkan.model.goal;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import se.samverkan.model.time.Period;
import se.samverkan.model.validation.Id;
import se.samverkan.model.validation.TargetInScale;
import se.samverkan.model.validation.Text;

/**
 * A goal of an intervention (<i>mål</i>, docs/format.md), such as "at least 40 % of the participants
 * go on to work": an indicator, a target, an optional baseline, an optional measurement period of its
 * own (default: the project period) and an optional expected table.
 *
 * <p>Share targets lie within 0–100 and count targets are whole numbers ({@link TargetInScale}).
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
@TargetInScale
public abstract class Goal {

    Goal() {
    }

    /** The goal's id within its project, never null. */
    @Id
    public abstract String getId();

    /** The goal as worded in the application, never null. */
    @Text(max = 2000)
    public abstract String getTitle();

    /** How the goal is measured, never null. */
    @Valid
    public abstract Indicator getIndicator();

    /** The target, never null. */
    @Valid
    public abstract Target getTarget();

    /** The value before the intervention (<i>utgångsvärde</i>), if stated. */
    public abstract Optional<BigDecimal> getBaseline();

    /** The goal's own measurement period; absent means the project period. */
    public abstract Optional<@Valid Period> getPeriod();

    /** The expected table, if the application gives one. */
    public abstract Optional<@Valid Breakdown> getBreakdown();

    /**
     * A builder for a goal; {@code id}, {@code title}, {@code indicator} and {@code target} are mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableGoal.Builder builder() {
        return ImmutableGoal.builder();
    }
}

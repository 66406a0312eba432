package se.samverkan.metrics.disclosure;

import java.util.Objects;

/**
 * The income transitions (<i>förändrad försörjning</i>) as published: four separate counts, each hidden
 * on its own when it is from 1 to the minimum − 1.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param recorded ended participations with income recorded at start and at end
 * @param supportedAtStart of those, publicly supported at start
 * @param supportedAtEnd of those, publicly supported at end
 * @param leftSupport of those, supported at start but not at end
 */
public record PublishedIncomeTransitions(DisclosedCell recorded, DisclosedCell supportedAtStart,
    DisclosedCell supportedAtEnd, DisclosedCell leftSupport) {

    /**
     * Published income transitions.
     *
     * @throws NullPointerException if a component is null
     */
    public PublishedIncomeTransitions {
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(supportedAtStart, "supportedAtStart");
        Objects.requireNonNull(supportedAtEnd, "supportedAtEnd");
        Objects.requireNonNull(leftSupport, "leftSupport");
    }
}

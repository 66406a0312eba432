package se.samverkan.metrics.disclosure;

import java.util.Objects;

import se.samverkan.model.money.Amount;

/**
 * The unit costs (<i>kostnad per deltagare</i>) as published: a cost divided by a hidden count would
 * give the count back, so each is hidden when its divisor is.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param perStartedParticipant the budget per started participation; hidden when {@code started} is
 * @param perWorkOrStudies the budget per participation ended in work or studies; hidden when that report
 *     group's count is
 */
public record PublishedUnitCosts(PublishedFigure<Amount> perStartedParticipant,
    PublishedFigure<Amount> perWorkOrStudies) {

    /**
     * Published unit costs.
     *
     * @throws NullPointerException if a component is null
     */
    public PublishedUnitCosts {
        Objects.requireNonNull(perStartedParticipant, "perStartedParticipant");
        Objects.requireNonNull(perWorkOrStudies, "perWorkOrStudies");
    }
}

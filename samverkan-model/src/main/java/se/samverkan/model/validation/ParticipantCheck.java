package se.samverkan.model.validation;

import java.util.List;
import java.util.OptionalInt;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.validation.internal.AnonymousWithoutPersonalDataValidator;
import se.samverkan.model.validation.internal.EndNotBeforeStartValidator;
import se.samverkan.model.validation.internal.OutcomeOnlyWithEndValidator;
import se.samverkan.model.validation.internal.TextValidator;

/**
 * The fast path of {@link SamverkanValidator} for a participant (<i>deltagare</i>, docs/format.md):
 * decides, without Hibernate Validator, whether a participant or a participation breaks no Bean
 * Validation constraint. It answers exactly what the constraints answer, and only that: the violations
 * themselves (messages, keys, pointers) still come from Hibernate Validator.
 *
 * <p>The constraints it knows, every one that applies when a participant is validated (it cascades
 * into its participations through {@code List<@Valid Participation>}):
 *
 * <ul>
 *   <li>{@link Participant}: {@link AnonymousWithoutPersonalData} (class), {@link Id} on the id,
 *       {@code @Min(1900) @Max(2100)} on the birth year;</li>
 *   <li>{@link Participation}: {@link OutcomeOnlyWithEnd} and {@link EndNotBeforeStart} (class),
 *       {@link Id} on the project, the cohort and each survey key, {@code @Text(max = 2000)} on the
 *       re-enrolment reason.</li>
 * </ul>
 *
 * <p>The class-level rules and the text rule are the constraint validators' own predicates
 * ({@code holds}); the id form is {@link IdSyntax}. {@code ParticipantCheckConstraintsTest} pins the
 * constraint metadata of both types, so a constraint added to the model fails the build until this class
 * learns it; {@code ParticipantCheckProperties} compares the answer with Hibernate Validator's.
 *
 * <p>On a valid participant it allocates nothing itself: no regex, stream, lambda or boxing. The only
 * objects are those the model's accessors create: an {@code Optional} (for the birth year an
 * {@code OptionalInt}) for each present optional value, which escape analysis removes once the getter
 * is inlined, and, for a participation with survey answers, the key iterator of its map.
 */
final class ParticipantCheck {

    /** The smallest birth year, {@code @Min} on {@link Participant#getBirthYear()}. */
    static final int EARLIEST_BIRTH_YEAR = 1900;

    /** The largest birth year, {@code @Max} on {@link Participant#getBirthYear()}. */
    static final int LATEST_BIRTH_YEAR = 2100;

    /** The longest re-enrolment reason, {@code @Text(max)} on {@link Participation#getReenrolmentReason()}. */
    static final int REENROLMENT_REASON_MAX = 2000;

    private ParticipantCheck() {
    }

    /**
     * Whether validating {@code participant} gives no violation.
     *
     * @param participant the participant, not null
     * @return true exactly when Hibernate Validator reports no violation for it
     * @throws NullPointerException if {@code participant} is null
     */
    static boolean isValid(Participant participant) {
        if (!IdSyntax.isId(participant.getId()) || !AnonymousWithoutPersonalDataValidator.holds(participant)) {
            return false;
        }
        OptionalInt birthYear = participant.getBirthYear();
        if (birthYear.isPresent()) {
            int year = birthYear.getAsInt();
            if (year < EARLIEST_BIRTH_YEAR || year > LATEST_BIRTH_YEAR) {
                return false;
            }
        }
        List<Participation> participations = participant.getParticipations();
        for (int i = 0; i < participations.size(); i++) {
            if (!isValid(participations.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether validating {@code participation} gives no violation.
     *
     * @param participation the participation, not null
     * @return true exactly when Hibernate Validator reports no violation for it
     * @throws NullPointerException if {@code participation} is null
     */
    static boolean isValid(Participation participation) {
        if (!IdSyntax.isId(participation.getProject())
            || !OutcomeOnlyWithEndValidator.holds(participation)
            || !EndNotBeforeStartValidator.holds(participation)) {
            return false;
        }
        // An absent cohort or reason is null here, which both rules accept (as Bean Validation does).
        if (!IdSyntax.isId(participation.getCohort().orElse(null))
            || !TextValidator.holds(participation.getReenrolmentReason().orElse(null), REENROLMENT_REASON_MAX)) {
            return false;
        }
        // Immutables keeps an empty survey as Collections.emptyMap(), whose iterator is a shared instance.
        for (String question : participation.getSurvey().keySet()) {
            if (!IdSyntax.isId(question)) {
                return false;
            }
        }
        return true;
    }
}

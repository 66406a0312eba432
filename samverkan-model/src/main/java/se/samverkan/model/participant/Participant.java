package se.samverkan.model.participant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import se.samverkan.model.validation.AnonymousWithoutPersonalData;
import se.samverkan.model.validation.Id;

/**
 * A participant (<i>deltagare</i>, docs/format.md): a pseudonymous person with gender, birth year,
 * education and participations. The library never needs a personnummer.
 *
 * <p>A participant without written consent, or with protected identity, is registered
 * <i>anonymously</i>: only gender, birth year and dates. Validation reports an anonymous participant
 * with education, income sources, authority contacts or survey answers
 * ({@link AnonymousWithoutPersonalData}): participant data reveals health and is special-category data
 * under GDPR Art. 9.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@AnonymousWithoutPersonalData
public abstract class Participant {

    Participant() {
    }

    /** The pseudonymous id, never null. */
    @Id
    public abstract String getId();

    /** Whether the participant is registered anonymously. */
    @Value.Default
    public boolean isAnonymous() {
        return false;
    }

    /** The gender, never null. */
    public abstract Gender getGender();

    /** The birth year (1900–2100), or empty when not given. */
    @Min(1900)
    @Max(2100)
    public abstract OptionalInt getBirthYear();

    /** The highest education; absent for anonymous participants. */
    public abstract Optional<EducationLevel> getEducationLevel();

    /** The participations, in document order. */
    public abstract List<@Valid Participation> getParticipations();

    /**
     * The age at the start of a participation: {@code start year − birth year}, the age reached during
     * the start year (docs/format.md).
     *
     * @param participation the participation, not null
     * @return the age, or empty without a birth year
     * @throws NullPointerException if {@code participation} is null
     */
    public OptionalInt ageAtStart(Participation participation) {
        Objects.requireNonNull(participation, "participation");
        OptionalInt born = getBirthYear();
        return born.isPresent() ? OptionalInt.of(participation.getStart().getYear() - born.getAsInt())
            : OptionalInt.empty();
    }

    /**
     * A builder for a participant; {@code id} and {@code gender} are mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableParticipant.Builder builder() {
        return ImmutableParticipant.builder();
    }
}

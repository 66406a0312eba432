package se.samverkan.model.participant;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.validation.EndNotBeforeStart;
import se.samverkan.model.validation.Id;
import se.samverkan.model.validation.OutcomeOnlyWithEnd;
import se.samverkan.model.validation.Text;

/**
 * One enrolment of a participant in one intervention (<i>deltagande</i>, docs/format.md): start and
 * end, cohort, the authorities the person was in contact with at start, income sources at start and
 * end, the exit outcome, survey answers and, for a re-enrolment, the documented reason.
 *
 * <p>An exit outcome requires an end date ({@link OutcomeOnlyWithEnd}) and the end is not before the
 * start ({@link EndNotBeforeStart}). Instances are immutable and thread-safe.
 */
@Value.Immutable
@OutcomeOnlyWithEnd
@EndNotBeforeStart
public abstract class Participation {

    Participation() {
    }

    /** The id of the project, never null. */
    @Id
    public abstract String getProject();

    /** The first day of the participation, never null. */
    public abstract LocalDate getStart();

    /** The last day, once ended. */
    public abstract Optional<LocalDate> getEnd();

    /** The id of the cohort, if the project has cohorts. */
    public abstract Optional<@Id String> getCohort();

    /** The kinds of authority the person was in contact with at start. */
    public abstract Set<PartyType> getAuthorityContacts();

    /** The income sources at start (<i>försörjning vid start</i>). */
    public abstract Set<IncomeSource> getIncomeAtStart();

    /** The income sources at end (<i>försörjning vid avslut</i>). */
    public abstract Set<IncomeSource> getIncomeAtEnd();

    /** The status at exit (<i>status vid avslut</i>), only with an end. */
    public abstract Optional<ExitOutcome> getExitOutcome();

    /**
     * Survey answers: question id to integer answer. The keys are ids
     * ({@link se.samverkan.model.validation.Id}); whether they name a question of the project and lie in
     * its scale is checked by the reporting rules.
     */
    public abstract Map<@Id String, Integer> getSurvey();

    /** The documented change that justified enrolling again. */
    public abstract Optional<@Text(max = 2000) String> getReenrolmentReason();

    /**
     * Whether this participation counts in metrics: false when registered in error
     * ({@code ERRONEOUS_REGISTRATION}, docs/metrics.md).
     *
     * @return true unless the exit outcome is an erroneous registration
     */
    public boolean isCounted() {
        return getExitOutcome().map(ExitOutcome::isCounted).orElse(true);
    }

    /**
     * A builder for a participation; {@code project} and {@code start} are mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableParticipation.Builder builder() {
        return ImmutableParticipation.builder();
    }
}

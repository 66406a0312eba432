package se.samverkan.model.project;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.time.Period;
import se.samverkan.model.validation.Id;
import se.samverkan.model.validation.Text;

/**
 * An intervention (<i>insats</i>, docs/format.md) that a förbund finances and at least two parties run
 * together: a pre-study, process, project or ongoing activity, with its owner (<i>projektägare</i>),
 * financiers, partners, period, target group, goals, budget and outcome, resources in kind, cohorts,
 * ESF+ metadata, aggregate counts and survey questions.
 *
 * <p>References to parties, cohorts and questions are ids within the document; the reporting rules
 * check them. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Project {

    Project() {
    }

    /** The project's id, never null. */
    @Id
    public abstract String getId();

    /** The name, such as "Gemensamma taget Vuxna", never null. */
    @Text(max = 300)
    public abstract String getName();

    /** The reference (<i>diarienummer</i>), if any. */
    public abstract Optional<@Text(max = 64) String> getReference();

    /** The kind of intervention, never null. */
    public abstract ProjectKind getKind();

    /** Whether it is aimed at individuals or at structures, never null. */
    public abstract Orientation getOrientation();

    /** How participants are recorded, never null. */
    public abstract Measurement getMeasurement();

    /** The id of the owner (<i>projektägare</i>), never null. */
    @Id
    public abstract String getOwner();

    /** The ids of the financiers (<i>finansiärer</i>). */
    public abstract List<@Id String> getFinanciers();

    /** The ids of the partners (<i>samverkansparter</i>). */
    public abstract List<@Id String> getPartners();

    /** The project period, never null. */
    @Valid
    public abstract Period getPeriod();

    /** The target group, never null. */
    @Valid
    public abstract TargetGroup getTargetGroup();

    /** The goals. */
    public abstract List<@Valid Goal> getGoals();

    /** The budget applied for or granted; empty when none is given. */
    @Valid
    @Value.Default
    public Budget getBudget() {
        return Budget.empty();
    }

    /** The outcome (<i>utfall</i>), same shape as the budget. */
    public abstract Optional<@Valid Budget> getOutcome();

    /** The resources in kind. */
    public abstract List<@Valid Resource> getResources();

    /** The cohorts (<i>gruppstarter</i>). */
    public abstract List<@Valid Cohort> getCohorts();

    /** The ESF+ metadata, for an ESF-financed project. */
    public abstract Optional<@Valid Esf> getEsf();

    /** Aggregate participant counts, for a {@code COUNT_ONLY} project. */
    public abstract List<@Valid ParticipantCount> getParticipantCounts();

    /** The survey questions the project asks. */
    public abstract List<@Valid SurveyQuestion> getSurveyQuestions();

    /**
     * A builder for a project; {@code id}, {@code name}, {@code kind}, {@code orientation},
     * {@code measurement}, {@code owner}, {@code period} and {@code targetGroup} are mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableProject.Builder builder() {
        return ImmutableProject.builder();
    }
}

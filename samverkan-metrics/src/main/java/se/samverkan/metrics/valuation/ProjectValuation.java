package se.samverkan.metrics.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import java.util.stream.Stream;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.MeasurementWindow;
import se.samverkan.metrics.costs.CostAttribution;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.Project;
import se.samverkan.model.valuation.SourceCost;
import se.samverkan.model.valuation.ValuationParameters;

/**
 * The socio-economic valuation (<i>samhällsekonomisk kalkyl</i>) of a document's insatser over a
 * {@link MeasurementScope}: what the change in the participants' public support is worth to each public
 * payer over a horizon, set against what the insats cost each of them.
 *
 * <pre>{@code
 * ProjectValuation valuation = ProjectValuation.of(parameters, MeasurementScope.projectPeriod());
 * List<ValuationResult> all = valuation.compute(document);
 * List<ValuationResult> streamed = valuation.compute(header, participantStream);
 * }</pre>
 *
 * <p>In short (every formula is in {@code docs/valuation.md}): the valued participations are the ended,
 * non-anonymous ones with income sources recorded at start and at end; a set of n sources costs each
 * source's payer 1/n of the source's annual cost; the annual change of a payer is (1 − deadweight) times
 * the sum over valued participations of its cost at start minus at end; its value over the horizon is the
 * annual change times the {@link HorizonFactor}; its cost is what parties of its type bear for the insats
 * by the cost attribution of {@link CostSharing#attribution} (budget lines through the förbund key, and
 * resources in kind), over the budget years the measurement period touches (all years by default).
 * Arithmetic is exact or to 34 significant digits; each reported amount is rounded half-even to the öre
 * once, from its own unrounded value.
 *
 * <p>The parameters are checked for the ranges the calculation needs (a horizon of 1 to
 * {@value ValuationParameters#MAX_HORIZON_YEARS} years, r ≥ 0, p and d between 0 and 1, amounts ≥ 0). A
 * deadweight of exactly 1 is accepted here and values nothing; the parameters file refuses it, since
 * such a valuation says nothing.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ProjectValuation {

    private final ValuationParameters parameters;
    private final MeasurementScope scope;
    private final HorizonFactor factor;
    private final SupportPricing pricing;

    private ProjectValuation(ValuationParameters parameters, MeasurementScope scope) {
        this.parameters = parameters;
        this.scope = scope;
        this.factor = HorizonFactor.of(parameters.getHorizonYears(), parameters.getDiscountRate(),
            parameters.getPersistence());
        this.pricing = new SupportPricing(parameters.getIncomeSources());
    }

    /**
     * A valuation with the given parameters over a scope.
     *
     * @param parameters the parameters, not null
     * @param scope the measurement scope, not null
     * @return the valuation, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the horizon is outside 1 to
     *     {@value ValuationParameters#MAX_HORIZON_YEARS}, the discount rate is negative, the persistence or
     *     deadweight lies outside 0–1, or an amount is negative
     */
    public static ProjectValuation of(ValuationParameters parameters, MeasurementScope scope) {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(scope, "scope");
        if (parameters.getHorizonYears() > ValuationParameters.MAX_HORIZON_YEARS) {
            throw new IllegalArgumentException("horizon longer than " + ValuationParameters.MAX_HORIZON_YEARS
                + " years: " + parameters.getHorizonYears());
        }
        BigDecimal deadweight = parameters.getDeadweight();
        if (deadweight.signum() < 0 || deadweight.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("deadweight must lie between 0 and 1: " + deadweight);
        }
        for (SourceCost cost : parameters.getIncomeSources().values()) {
            requireNonNegative(cost.getAnnualCost());
        }
        parameters.getEmploymentAnnualValue().ifPresent(ProjectValuation::requireNonNegative);
        return new ProjectValuation(parameters, scope);
    }

    private static void requireNonNegative(Amount amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
    }

    /**
     * The parameters.
     *
     * @return the parameters, never null
     */
    public ValuationParameters parameters() {
        return parameters;
    }

    /**
     * The measurement scope.
     *
     * @return the scope, never null
     */
    public MeasurementScope scope() {
        return scope;
    }

    /**
     * The horizon factor of the parameters.
     *
     * @return the factor, never null
     */
    public HorizonFactor factor() {
        return factor;
    }

    /**
     * The valuation of every project of a document.
     *
     * @param document the document, not null
     * @return one result per project, in document order; unmodifiable, never null
     * @throws NullPointerException if {@code document} is null
     */
    public List<ValuationResult> compute(SamverkanDocument document) {
        Objects.requireNonNull(document, "document");
        ValuationAccumulator accumulator = accumulator(document, document.getProjects());
        document.getParticipants().forEach(accumulator::accept);
        return accumulator.result();
    }

    /**
     * The valuation of one project of a document.
     *
     * @param document the document, not null
     * @param projectId the project's id, not null
     * @return the result, or empty when the document has no project with that id
     * @throws NullPointerException if an argument is null
     */
    public Optional<ValuationResult> compute(SamverkanDocument document, String projectId) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(projectId, "projectId");
        Optional<Project> project = document.getProjects().stream()
            .filter(candidate -> candidate.getId().equals(projectId)).findFirst();
        if (project.isEmpty()) {
            return Optional.empty();
        }
        ValuationAccumulator accumulator = accumulator(document, List.of(project.get()));
        document.getParticipants().forEach(accumulator::accept);
        return Optional.of(accumulator.result().get(0));
    }

    /**
     * The valuation of every project of a document header, counting the participants of a stream (and any
     * the header holds) in one pass; the stream is consumed, sequentially or in parallel, and not closed.
     *
     * @param header the document whose projects are valued (its parties and förbund give the costs), not null
     * @param participants the participants, not null, none null
     * @return one result per project, in document order; unmodifiable, never null
     * @throws NullPointerException if an argument or a participant is null
     */
    public List<ValuationResult> compute(SamverkanDocument header, Stream<Participant> participants) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(participants, "participants");
        List<Project> projects = header.getProjects();
        ValuationAccumulator accumulator = accumulator(header, projects);
        header.getParticipants().forEach(accumulator::accept);
        ValuationAccumulator streamed = participants.collect(Collector.of(() -> accumulator(header, projects),
            ValuationAccumulator::accept, ValuationAccumulator::merge, Collector.Characteristics.UNORDERED));
        return accumulator.merge(streamed).result();
    }

    /**
     * An empty accumulator for some projects of a document, to feed participants one at a time. The costs
     * are attributed now, from the document's parties, förbund and the projects' budgets.
     *
     * @param header the document the projects belong to (its participants are not read), not null
     * @param projects the projects to value, not null, none null
     * @return the accumulator, never null
     * @throws NullPointerException if an argument or a project is null
     */
    public ValuationAccumulator accumulator(SamverkanDocument header, List<Project> projects) {
        Objects.requireNonNull(header, "header");
        List<ProjectTally> tallies = new ArrayList<>();
        CostSharing costs = CostSharing.of(scope);
        for (Project project : List.copyOf(projects)) {
            MeasurementWindow window = scope.windowFor(project);
            CostAttribution cost = costs.costAttribution(header, project);
            tallies.add(new ProjectTally(project, window, pricing, cost));
        }
        return new ValuationAccumulator(this, tallies);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectValuation && parameters.equals(((ProjectValuation) other).parameters)
            && scope.equals(((ProjectValuation) other).scope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters, scope);
    }

    @Override
    public String toString() {
        return "ProjectValuation[" + scope + ", " + factor + "]";
    }
}

package se.samverkan.metrics.costs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.internal.PartyTree;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.Funding;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.ReportGroup;
import se.samverkan.model.project.Project;
import se.samverkan.model.time.Period;

/**
 * Cost sharing (<i>kostnadsfördelning</i>, docs/metrics.md): the förbund key, the financing of an insats,
 * the attribution of its costs to the parties that really bear them, the ESF split and unit costs, over a
 * {@link MeasurementScope}.
 *
 * <pre>{@code
 * CostSharing costs = CostSharing.of(MeasurementScope.of(year2026));   // share it: thread-safe
 * List<AssociationKey> keys = costs.keys(document);
 * CostAttribution borne = costs.costAttribution(document, project);
 * ProjectCosts figures = costs.projectCosts(project, measured);        // measured: a ProjectResult
 * }</pre>
 *
 * <p>Every split allocates whole öre by the {@link LargestRemainder largest-remainder method}, so
 * parts always sum to exactly their whole; no floating point is used anywhere. A scope with a
 * measurement period selects the budget and outcome lines whose year lies in the calendar years the
 * period touches; the project-period scope ({@link #create()}) counts every line. No method throws on a
 * structurally valid document: what cannot be computed is reported as absent or unattributed, with the
 * reason where one exists.
 *
 * <p>Instances are immutable and thread-safe. The static methods of 0.1 remain for now, deprecated; each
 * names its replacement.
 */
public final class CostSharing {

    private static final CostSharing ALL_LINES = new CostSharing(MeasurementScope.projectPeriod());

    private final MeasurementScope scope;

    private CostSharing(MeasurementScope scope) {
        this.scope = scope;
    }

    /**
     * Cost sharing over every budget and outcome line (the scope {@link MeasurementScope#projectPeriod()}).
     *
     * @return the service, never null
     */
    public static CostSharing create() {
        return ALL_LINES;
    }

    /**
     * Cost sharing over a measurement scope: with a period, only the lines of the calendar years the
     * period touches count, and unit costs divide that budget by the participations measured in the
     * period; without one (the project period), every line counts.
     *
     * @param scope the measurement scope, not null
     * @return the service, never null
     * @throws NullPointerException if {@code scope} is null
     */
    public static CostSharing of(MeasurementScope scope) {
        return new CostSharing(Objects.requireNonNull(scope, "scope"));
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
     * The förbund key (<i>fördelningsnyckel</i>) of every coordination association of the document, in
     * document order. A key splits each funding year's total, so it does not depend on the scope.
     *
     * @param document the document, not null
     * @return the unmodifiable keys, never null
     * @throws NullPointerException if {@code document} is null
     */
    public List<AssociationKey> keys(SamverkanDocument document) {
        Objects.requireNonNull(document, "document");
        PartyTree parties = PartyTree.of(document.getParties());
        List<AssociationKey> keys = new ArrayList<>();
        List<CoordinationAssociation> associations = document.getAssociations();
        for (int i = 0; i < associations.size(); i++) {
            keys.add(key(associations.get(i), i, parties));
        }
        return List.copyOf(keys);
    }

    /**
     * The förbund key of one coordination association of the document (the first, should two share
     * the id).
     *
     * @param document the document, not null
     * @param association the förbund's id, not null
     * @return the key, or empty when the document has no such förbund
     * @throws NullPointerException if an argument is null
     */
    public Optional<AssociationKey> key(SamverkanDocument document, String association) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(association, "association");
        List<CoordinationAssociation> associations = document.getAssociations();
        for (int i = 0; i < associations.size(); i++) {
            if (associations.get(i).getId().equals(association)) {
                return Optional.of(key(associations.get(i), i, PartyTree.of(document.getParties())));
            }
        }
        return Optional.empty();
    }

    private static AssociationKey key(CoordinationAssociation association, int index, PartyTree parties) {
        ResolvedKey key = ResolvedKey.resolve(association, index, parties);
        List<AssociationYear> years = new ArrayList<>();
        for (Funding funding : association.getFunding()) {
            years.add(AssociationYear.of(funding.getYear(), funding.getTotal(), key.split(funding.getTotal())));
        }
        return AssociationKey.of(association.getId(), key, years);
    }

    /**
     * The financing (<i>finansiering</i>) of an insats's budget and outcome over the lines of the scope.
     *
     * @param project the insats, not null
     * @return the financing, never null
     * @throws NullPointerException if {@code project} is null
     */
    public ProjectFinancing projectFinancing(Project project) {
        Objects.requireNonNull(project, "project");
        return financing(project, measuredYears());
    }

    private static ProjectFinancing financing(Project project, IntPredicate measuredYear) {
        return ProjectFinancing.of(Financing.of(project, project.getBudget(), measuredYear),
            project.getOutcome().map(outcome -> Financing.of(project, outcome, measuredYear)));
    }

    /**
     * The cost each party and member type really bears for an insats (see {@link CostAttribution}), over
     * the budget lines and resource years of the scope.
     *
     * @param document the document holding the parties and förbund, not null
     * @param project the insats, not null
     * @return the attribution, never null
     * @throws NullPointerException if an argument is null
     */
    public CostAttribution costAttribution(SamverkanDocument document, Project project) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(project, "project");
        return attribution(document, project, measuredYears());
    }

    private static CostAttribution attribution(SamverkanDocument document, Project project,
            IntPredicate measuredYear) {
        Map<String, AssociationKey> keys = new LinkedHashMap<>();
        for (AssociationKey key : ALL_LINES.keys(document)) {
            keys.putIfAbsent(key.association(), key);
        }
        return CostAttribution.of(project, measuredYear, PartyTree.of(document.getParties()), keys);
    }

    /**
     * The ESF split of an insats's granted support into union and national parts (the whole grant: the
     * scope does not apply).
     *
     * @param project the insats, not null
     * @return the split, or empty when the insats has no ESF metadata or its union co-financing rate
     *     lies outside (0, 1] (which the check reports)
     * @throws NullPointerException if {@code project} is null
     */
    public Optional<EsfSplit> esfSplit(Project project) {
        Objects.requireNonNull(project, "project");
        return project.getEsf().flatMap(EsfSplit::of);
    }

    /**
     * The cost figures of an insats (docs/cli.md {@code costs}) with unit costs on its measured
     * participations: the scope's budget total per started participation and per participation ended in
     * work or studies, as {@code measured} counted them. The metrics output shows the same figures.
     *
     * @param project the insats, not null
     * @param measured the insats's participant metrics, measured over this service's scope (from
     *     {@code ProjectMetrics.of(scope())}), not null
     * @return the cost figures, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code measured} is another insats's result, or was measured
     *     over another window than this scope gives the insats
     */
    public ProjectCosts projectCosts(Project project, ProjectResult measured) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(measured, "measured");
        if (!measured.window().equals(scope.windowFor(project))) {
            throw new IllegalArgumentException("the metrics were measured over " + measured.window()
                + ", not over this scope's window of insats " + project.getId() + ", "
                + scope.windowFor(project));
        }
        int workOrStudies = measured.participants().endedByGroup().getOrDefault(ReportGroup.WORK_OR_STUDIES, 0);
        return projectCosts(projectFinancing(project), project, measured.participants().started(), workOrStudies);
    }

    /**
     * The cost figures of an insats of a document, measuring its participants over this service's scope
     * in one pass (as {@code ProjectMetrics.of(scope()).compute(document, id)} does) for the unit costs.
     * When you already have the {@link ProjectResult}, {@link #projectCosts(Project, ProjectResult)} saves
     * that pass.
     *
     * @param document the document holding the insats and its participants, not null
     * @param projectId the insats's id, not null
     * @return the cost figures, or empty when the document has no insats with that id
     * @throws NullPointerException if an argument is null
     */
    public Optional<ProjectCosts> projectCosts(SamverkanDocument document, String projectId) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(projectId, "projectId");
        Optional<Project> project = document.getProjects().stream()
            .filter(candidate -> candidate.getId().equals(projectId)).findFirst();
        return project.map(found -> projectCosts(found,
            ProjectMetrics.of(scope).compute(document, projectId).orElseThrow()));
    }

    private ProjectCosts projectCosts(ProjectFinancing financing, Project project, long started,
            long endedInWorkOrStudies) {
        return ProjectCosts.of(financing,
            UnitCosts.of(financing.budget().total(), started, endedInWorkOrStudies), esfSplit(project));
    }

    private IntPredicate measuredYears() {
        Optional<Period> period = scope.period();
        return period.isPresent() ? period.get()::touchesYear : year -> true;
    }

    /**
     * The förbund key of every coordination association of the document, in document order.
     *
     * @param document the document, not null
     * @return the unmodifiable keys, never null
     * @throws NullPointerException if {@code document} is null
     * @deprecated use {@link #keys(SamverkanDocument) CostSharing.create().keys(document)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public static List<AssociationKey> associationKeys(SamverkanDocument document) {
        return ALL_LINES.keys(document);
    }

    /**
     * The förbund key of one coordination association of the document.
     *
     * @param document the document, not null
     * @param association the förbund's id, not null
     * @return the key, or empty when the document has no such förbund
     * @throws NullPointerException if an argument is null
     * @deprecated use {@link #key(SamverkanDocument, String) CostSharing.create().key(document, association)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public static Optional<AssociationKey> associationKey(SamverkanDocument document, String association) {
        return ALL_LINES.key(document, association);
    }

    /**
     * The financing of an insats's budget and outcome over all their lines.
     *
     * @param project the insats, not null
     * @return the financing, never null
     * @throws NullPointerException if {@code project} is null
     * @deprecated use {@link #projectFinancing(Project) CostSharing.create().projectFinancing(project)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public static ProjectFinancing financing(Project project) {
        return ALL_LINES.projectFinancing(project);
    }

    /**
     * The financing of an insats's budget and outcome over the lines of the years a period touches.
     *
     * @param project the insats, not null
     * @param measurement the measurement period, not null
     * @return the financing, never null
     * @throws NullPointerException if an argument is null
     * @deprecated use {@link #projectFinancing(Project)
     *     CostSharing.of(MeasurementScope.of(measurement)).projectFinancing(project)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public static ProjectFinancing financing(Project project, Period measurement) {
        return financing(Objects.requireNonNull(project, "project"), Objects.requireNonNull(measurement)::touchesYear);
    }

    /**
     * The cost each party and member type really bears for an insats, over all budget lines.
     *
     * @param document the document holding the parties and förbund, not null
     * @param project the insats, not null
     * @return the attribution, never null
     * @throws NullPointerException if an argument is null
     * @deprecated use {@link #costAttribution(SamverkanDocument, Project)
     *     CostSharing.create().costAttribution(document, project)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public static CostAttribution attribution(SamverkanDocument document, Project project) {
        return ALL_LINES.costAttribution(document, project);
    }

    /**
     * The cost each party and member type really bears for an insats, over the years a period touches.
     *
     * @param document the document holding the parties and förbund, not null
     * @param project the insats, not null
     * @param measurement the measurement period, not null
     * @return the attribution, never null
     * @throws NullPointerException if an argument is null
     * @deprecated use {@link #costAttribution(SamverkanDocument, Project)
     *     CostSharing.of(MeasurementScope.of(measurement)).costAttribution(document, project)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public static CostAttribution attribution(SamverkanDocument document, Project project, Period measurement) {
        return attribution(Objects.requireNonNull(document, "document"), Objects.requireNonNull(project, "project"),
            Objects.requireNonNull(measurement, "measurement")::touchesYear);
    }

    /**
     * The ESF split of an insats's granted support.
     *
     * @param project the insats, not null
     * @return the split, or empty when the insats has no ESF metadata or an invalid rate
     * @throws NullPointerException if {@code project} is null
     * @deprecated use {@link #esfSplit(Project) CostSharing.create().esfSplit(project)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public static Optional<EsfSplit> esf(Project project) {
        return ALL_LINES.esfSplit(project);
    }

    /**
     * Unit costs from counts the caller copied out of the metrics.
     *
     * @param budgetTotal the (measured) budget total, not null
     * @param started the started participations, ≥ 0
     * @param endedInWorkOrStudies the participations ended in work or studies, ≥ 0
     * @return the unit costs, never null
     * @throws NullPointerException if {@code budgetTotal} is null
     * @throws IllegalArgumentException if a count is negative
     * @deprecated use {@link #projectCosts(Project, ProjectResult)}{@code .unitCosts()}, which takes
     *     the counts from the measured result
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public static UnitCosts unitCosts(Amount budgetTotal, long started, long endedInWorkOrStudies) {
        return UnitCosts.of(budgetTotal, started, endedInWorkOrStudies);
    }

    /**
     * The cost figures of an insats over all its lines, from counts the caller copied out of the metrics.
     *
     * @param project the insats, not null
     * @param started the started participations, ≥ 0
     * @param endedInWorkOrStudies the participations ended in work or studies, ≥ 0
     * @return the cost figures, never null
     * @throws NullPointerException if {@code project} is null
     * @throws IllegalArgumentException if a count is negative
     * @deprecated use {@link #projectCosts(Project, ProjectResult) CostSharing.create().projectCosts(project,
     *     measured)} or {@link #projectCosts(SamverkanDocument, String)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public static ProjectCosts projectCosts(Project project, long started, long endedInWorkOrStudies) {
        return ALL_LINES.projectCosts(ALL_LINES.projectFinancing(project), project, started, endedInWorkOrStudies);
    }

    /**
     * The cost figures of an insats over the lines of the years a period touches, from counts the caller
     * copied out of the metrics.
     *
     * @param project the insats, not null
     * @param measurement the measurement period, not null
     * @param started the started participations in the period, ≥ 0
     * @param endedInWorkOrStudies the participations ended in work or studies in the period, ≥ 0
     * @return the cost figures, never null
     * @throws NullPointerException if {@code project} or {@code measurement} is null
     * @throws IllegalArgumentException if a count is negative
     * @deprecated use {@link #projectCosts(Project, ProjectResult)
     *     CostSharing.of(MeasurementScope.of(measurement)).projectCosts(project, measured)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public static ProjectCosts projectCosts(Project project, Period measurement, long started,
            long endedInWorkOrStudies) {
        return ALL_LINES.projectCosts(financing(project, measurement), project, started, endedInWorkOrStudies);
    }
}

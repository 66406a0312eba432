package se.samverkan.metrics.costs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;
import se.samverkan.metrics.internal.PartyTree;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.Funding;
import se.samverkan.model.money.Amount;
import se.samverkan.model.project.Project;
import se.samverkan.model.time.Period;

/**
 * Cost sharing (<i>kostnadsfördelning</i>, docs/metrics.md): the entry point for the förbund key, the
 * financing of an insats, the attribution of its costs to the parties that really bear them, the ESF
 * split and unit costs.
 *
 * <p>Every split allocates whole öre by the {@link LargestRemainder largest-remainder method}, so
 * parts always sum to exactly their whole; no floating point is used anywhere. A measurement period
 * selects the budget and outcome lines whose year lies in the calendar years the period touches;
 * without one, every line counts. No method throws on a structurally valid document: what cannot be
 * computed is reported as absent or unattributed, with the reason where one exists.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CostSharing {

    private CostSharing() {
    }

    /**
     * The förbund key of every coordination association of the document, in document order.
     *
     * @param document the document, not null
     * @return the unmodifiable keys, never null
     * @throws NullPointerException if {@code document} is null
     */
    public static List<AssociationKey> associationKeys(SamverkanDocument document) {
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
    public static Optional<AssociationKey> associationKey(SamverkanDocument document, String association) {
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
     * The financing of an insats's budget and outcome over all their lines.
     *
     * @param project the insats, not null
     * @return the financing, never null
     * @throws NullPointerException if {@code project} is null
     */
    public static ProjectFinancing financing(Project project) {
        Objects.requireNonNull(project, "project");
        return financing(project, year -> true);
    }

    /**
     * The financing of an insats's budget and outcome over the lines whose year lies in the calendar
     * years the measurement period touches.
     *
     * @param project the insats, not null
     * @param measurement the measurement period, not null
     * @return the financing, never null
     * @throws NullPointerException if an argument is null
     */
    public static ProjectFinancing financing(Project project, Period measurement) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(measurement, "measurement");
        return financing(project, measurement::touchesYear);
    }

    private static ProjectFinancing financing(Project project, IntPredicate measuredYear) {
        return ProjectFinancing.of(Financing.of(project, project.getBudget(), measuredYear),
            project.getOutcome().map(outcome -> Financing.of(project, outcome, measuredYear)));
    }

    /**
     * The cost each party and member type really bears for an insats, over all budget lines and the
     * whole project period (see {@link CostAttribution}).
     *
     * @param document the document holding the parties and förbund, not null
     * @param project the insats, not null
     * @return the attribution, never null
     * @throws NullPointerException if an argument is null
     */
    public static CostAttribution attribution(SamverkanDocument document, Project project) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(project, "project");
        return attribution(document, project, year -> true);
    }

    /**
     * The cost each party and member type really bears for an insats, over the budget lines and the
     * resource years in the calendar years the measurement period touches (see {@link CostAttribution}).
     *
     * @param document the document holding the parties and förbund, not null
     * @param project the insats, not null
     * @param measurement the measurement period, not null
     * @return the attribution, never null
     * @throws NullPointerException if an argument is null
     */
    public static CostAttribution attribution(SamverkanDocument document, Project project, Period measurement) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(measurement, "measurement");
        return attribution(document, project, measurement::touchesYear);
    }

    private static CostAttribution attribution(SamverkanDocument document, Project project,
            IntPredicate measuredYear) {
        Map<String, AssociationKey> keys = new LinkedHashMap<>();
        for (AssociationKey key : associationKeys(document)) {
            keys.putIfAbsent(key.getAssociation(), key);
        }
        return CostAttribution.of(project, measuredYear, PartyTree.of(document.getParties()), keys);
    }

    /**
     * The ESF split of an insats's granted support into union and national parts.
     *
     * @param project the insats, not null
     * @return the split, or empty when the insats has no ESF metadata or its union co-financing rate
     *     lies outside (0, 1] (which validation reports)
     * @throws NullPointerException if {@code project} is null
     */
    public static Optional<EsfSplit> esf(Project project) {
        Objects.requireNonNull(project, "project");
        return project.getEsf().flatMap(EsfSplit::of);
    }

    /**
     * Unit costs: a budget total per started participation and per participation ended in
     * {@code WORK_OR_STUDIES}, rounded half-even to the öre. The counts come from the participant
     * metrics.
     *
     * @param budgetTotal the (measured) budget total, not null
     * @param started the started participations, ≥ 0
     * @param endedInWorkOrStudies the participations ended in work or studies, ≥ 0
     * @return the unit costs, never null
     * @throws NullPointerException if {@code budgetTotal} is null
     * @throws IllegalArgumentException if a count is negative
     */
    public static UnitCosts unitCosts(Amount budgetTotal, long started, long endedInWorkOrStudies) {
        return UnitCosts.of(budgetTotal, started, endedInWorkOrStudies);
    }

    /**
     * The cost figures of an insats over all its budget and outcome lines (docs/cli.md {@code costs}).
     *
     * @param project the insats, not null
     * @param started the started participations, ≥ 0
     * @param endedInWorkOrStudies the participations ended in work or studies, ≥ 0
     * @return the cost figures, never null
     * @throws NullPointerException if {@code project} is null
     * @throws IllegalArgumentException if a count is negative
     */
    public static ProjectCosts projectCosts(Project project, long started, long endedInWorkOrStudies) {
        return projectCosts(financing(project), project, started, endedInWorkOrStudies);
    }

    /**
     * The cost figures of an insats over the lines in the calendar years the measurement period touches
     * (docs/cli.md {@code costs}); the unit costs divide that period's budget total.
     *
     * @param project the insats, not null
     * @param measurement the measurement period, not null
     * @param started the started participations in the period, ≥ 0
     * @param endedInWorkOrStudies the participations ended in work or studies in the period, ≥ 0
     * @return the cost figures, never null
     * @throws NullPointerException if {@code project} or {@code measurement} is null
     * @throws IllegalArgumentException if a count is negative
     */
    public static ProjectCosts projectCosts(Project project, Period measurement, long started,
            long endedInWorkOrStudies) {
        return projectCosts(financing(project, measurement), project, started, endedInWorkOrStudies);
    }

    private static ProjectCosts projectCosts(ProjectFinancing financing, Project project, long started,
            long endedInWorkOrStudies) {
        return ProjectCosts.of(financing,
            UnitCosts.of(financing.getBudget().getTotal(), started, endedInWorkOrStudies), esf(project));
    }
}

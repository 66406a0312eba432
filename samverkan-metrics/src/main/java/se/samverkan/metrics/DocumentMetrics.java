package se.samverkan.metrics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

import se.samverkan.metrics.costs.AssociationKey;
import se.samverkan.metrics.structures.AssociationStructure;
import se.samverkan.model.problem.Position;
import se.samverkan.model.problem.Problem;
import se.samverkan.model.problem.SourcePositions;

/**
 * The metrics of a document (<i>nyckeltal för ett dokument</i>, see {@code docs/metrics.md}): everything the
 * command line's {@code metrics} output holds, computed once, so that an output only has to write it down.
 *
 * <ul>
 *   <li>{@link #projects()}: each measured project's figures ({@link ProjectMeasurement}), in document
 *       order;</li>
 *   <li>{@link #associations()}: each förbund's key (<i>förbundsnyckel</i>) per funding year;</li>
 *   <li>{@link #structures()}: the cooperation-structure figures, empty exactly when the document has no
 *       groups;</li>
 *   <li>{@link #findings()}: the reporting-rule findings of the whole document, in document order, located
 *       in the input text once {@link #locatedBy(SourcePositions)} has been given its positions;</li>
 *   <li>{@link #disclosureMinimum()}: present when the figures are the published view, with the smallest
 *       count shown; every project's {@link ProjectMeasurement#published()} then hides by it. Absent for the
 *       exact metrics, where every figure is shown.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; the lists are unmodifiable.
 *
 * @param projects the measured projects, in document order
 * @param associations the förbund keys, in document order
 * @param structures the cooperation-structure figures; empty when the document has no groups
 * @param findings the reporting-rule findings
 * @param disclosureMinimum the minimum of the published view, or empty for the exact metrics
 */
public record DocumentMetrics(
    List<ProjectMeasurement> projects,
    List<AssociationKey> associations,
    List<AssociationStructure> structures,
    List<Problem> findings,
    OptionalInt disclosureMinimum) {

    /**
     * The metrics of a document; the lists are copied.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if a project's published figures use another minimum than
     *     {@code disclosureMinimum} (1 when it is empty), or the minimum is below 1
     */
    public DocumentMetrics {
        projects = List.copyOf(projects);
        associations = List.copyOf(associations);
        structures = List.copyOf(structures);
        findings = List.copyOf(findings);
        Objects.requireNonNull(disclosureMinimum, "disclosureMinimum");
        checkMinimum(projects, disclosureMinimum);
    }

    /**
     * Checks that every project is shown under the given minimum (1 when absent).
     *
     * @param projects the projects, not null
     * @param disclosureMinimum the minimum of the published view, or empty for the exact metrics
     * @throws IllegalArgumentException if the minimum is below 1 or a project uses another
     */
    static void checkMinimum(List<ProjectMeasurement> projects, OptionalInt disclosureMinimum) {
        int minimum = disclosureMinimum.orElse(1);
        if (minimum < 1) {
            throw new IllegalArgumentException("the minimum count shown must be at least 1, got " + minimum);
        }
        for (ProjectMeasurement project : projects) {
            if (project.published().minimum() != minimum) {
                throw new IllegalArgumentException("project " + project.id() + " is shown with minimum "
                    + project.published().minimum() + ", not " + minimum);
            }
        }
    }

    /**
     * These metrics with every finding at the line and column of its place in the input text. The text is
     * searched once for all of them.
     *
     * @param positions the positions of the text the document was read from, not null
     * @return the located metrics, never null
     * @throws NullPointerException if {@code positions} is null
     */
    public DocumentMetrics locatedBy(SourcePositions positions) {
        return new DocumentMetrics(projects, associations, structures, located(findings, positions),
            disclosureMinimum);
    }

    /**
     * Problems at the positions of their pointers, looked up in one pass.
     *
     * @param problems the problems, not null
     * @param positions the positions of the input text, not null
     * @return the located problems, in the same order, never null
     */
    static List<Problem> located(List<Problem> problems, SourcePositions positions) {
        Objects.requireNonNull(positions, "positions");
        Set<String> pointers = new LinkedHashSet<>();
        problems.forEach(problem -> pointers.add(problem.pointer()));
        Map<String, Position> found = positions.locateAll(pointers);
        return problems.stream().map(problem -> {
            Position position = found.get(problem.pointer());
            return position == null ? problem : problem.at(position);
        }).toList();
    }
}

package se.samverkan.metrics.costs;

import java.util.Objects;
import java.util.Optional;

/**
 * The cost figures of one insats (<i>insatsens kostnader</i>) as the metrics output shows them
 * (docs/cli.md {@code costs}): financing of budget and outcome, unit costs on the measured budget
 * total, and the ESF split.
 *
 * <p>Equal to another when the financing, the unit costs and the ESF split (or its absence) are equal.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectCosts {

    private final ProjectFinancing financing;
    private final UnitCosts unitCosts;
    private final EsfSplit esf;

    private ProjectCosts(ProjectFinancing financing, UnitCosts unitCosts, EsfSplit esf) {
        this.financing = financing;
        this.unitCosts = unitCosts;
        this.esf = esf;
    }

    static ProjectCosts of(ProjectFinancing financing, UnitCosts unitCosts, Optional<EsfSplit> esf) {
        return new ProjectCosts(Objects.requireNonNull(financing, "financing"),
            Objects.requireNonNull(unitCosts, "unitCosts"), esf.orElse(null));
    }

    /**
     * The financing of the budget and the outcome over the measured years.
     *
     * @return the financing, never null
     */
    public ProjectFinancing financing() {
        return financing;
    }

    /**
     * The bean-style name of {@link #financing()}.
     *
     * @return the same as {@link #financing()}
     * @deprecated use {@link #financing()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public ProjectFinancing getFinancing() {
        return financing();
    }

    /**
     * The measured budget total per started participation and per participation ended in work or
     * studies.
     *
     * @return the unit costs, never null
     */
    public UnitCosts unitCosts() {
        return unitCosts;
    }

    /**
     * The bean-style name of {@link #unitCosts()}.
     *
     * @return the same as {@link #unitCosts()}
     * @deprecated use {@link #unitCosts()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public UnitCosts getUnitCosts() {
        return unitCosts();
    }

    /**
     * The ESF split.
     *
     * @return the split, or empty for a project without ESF metadata (or with an invalid rate)
     */
    public Optional<EsfSplit> esf() {
        return Optional.ofNullable(esf);
    }

    /**
     * The bean-style name of {@link #esf()}.
     *
     * @return the same as {@link #esf()}
     * @deprecated use {@link #esf()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<EsfSplit> getEsf() {
        return esf();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ProjectCosts)) {
            return false;
        }
        ProjectCosts that = (ProjectCosts) other;
        return financing.equals(that.financing) && unitCosts.equals(that.unitCosts) && Objects.equals(esf, that.esf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(financing, unitCosts, esf);
    }

    @Override
    public String toString() {
        return "ProjectCosts[" + financing + ", " + unitCosts + ", esf=" + esf + "]";
    }
}

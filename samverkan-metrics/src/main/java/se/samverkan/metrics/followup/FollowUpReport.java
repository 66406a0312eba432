package se.samverkan.metrics.followup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.metrics.costs.AssociationKey;
import se.samverkan.metrics.costs.MemberShare;
import se.samverkan.model.association.Funding;
import se.samverkan.model.money.Amount;

/**
 * A förbund's figures for one year as the national follow-up system <i>Uppföljning Finsam</i> asks
 * for them (docs/metrics.md "National follow-up export"): the allocated funds and each member's part,
 * equity (<i>eget kapital</i>), administration budget and outcome, and per insats the figures of
 * {@link ProjectFollowUp}.
 *
 * <p>Two reports are equal when they concern the same förbund and year and all their figures are equal: the
 * funding entry, each member's part and each insats's row.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FollowUpReport {

    private final String association;
    private final int year;
    private final Funding funding;
    private final List<MemberShare> allocationByMember;
    private final List<ProjectFollowUp> projects;

    private FollowUpReport(String association, int year, Funding funding, List<MemberShare> allocationByMember,
            List<ProjectFollowUp> projects) {
        this.association = association;
        this.year = year;
        this.funding = funding;
        this.allocationByMember = allocationByMember;
        this.projects = projects;
    }

    static FollowUpReport of(String association, int year, Optional<Funding> funding,
            Optional<List<MemberShare>> allocation, List<ProjectFollowUp> projects) {
        return new FollowUpReport(Objects.requireNonNull(association, "association"), year, funding.orElse(null),
            allocation.orElse(null), List.copyOf(projects));
    }

    /**
     * The förbund.
     *
     * @return the förbund's id, never null
     */
    public String association() {
        return association;
    }

    /**
     * The bean-style name of {@link #association()}.
     *
     * @return the same as {@link #association()}
     * @deprecated use {@link #association()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public String getAssociation() {
        return association();
    }

    /**
     * The calendar year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * The bean-style name of {@link #year()}.
     *
     * @return the same as {@link #year()}
     * @deprecated use {@link #year()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public int getYear() {
        return year();
    }

    /**
     * The funds the members allocate for the year (<i>tilldelade medel</i>).
     *
     * @return the total, or empty when the förbund has no funding entry for the year
     */
    public Optional<Amount> allocatedFunds() {
        return Optional.ofNullable(funding).map(Funding::getTotal);
    }

    /**
     * The bean-style name of {@link #allocatedFunds()}.
     *
     * @return the same as {@link #allocatedFunds()}
     * @deprecated use {@link #allocatedFunds()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<Amount> getAllocatedFunds() {
        return allocatedFunds();
    }

    /**
     * Each paying member's part of the allocated funds by the förbund key, in member order.
     *
     * @return the unmodifiable parts, summing to exactly the allocated funds; empty when the year has no
     *     funding entry or the key is not computable ({@link AssociationKey#problems()} says why)
     */
    public Optional<List<MemberShare>> allocationByMember() {
        return Optional.ofNullable(allocationByMember);
    }

    /**
     * The bean-style name of {@link #allocationByMember()}.
     *
     * @return the same as {@link #allocationByMember()}
     * @deprecated use {@link #allocationByMember()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<List<MemberShare>> getAllocationByMember() {
        return allocationByMember();
    }

    /**
     * The equity carried over into the year (<i>eget kapital</i>); may be negative.
     *
     * @return the equity, or empty when not given (or the year has no funding entry)
     */
    public Optional<Amount> equity() {
        return Optional.ofNullable(funding).flatMap(Funding::getEquity);
    }

    /**
     * The bean-style name of {@link #equity()}.
     *
     * @return the same as {@link #equity()}
     * @deprecated use {@link #equity()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<Amount> getEquity() {
        return equity();
    }

    /**
     * The budget for administration (<i>administration, budget</i>).
     *
     * @return the amount, or empty when not given
     */
    public Optional<Amount> administrationBudget() {
        return Optional.ofNullable(funding).flatMap(Funding::getAdministrationBudget);
    }

    /**
     * The bean-style name of {@link #administrationBudget()}.
     *
     * @return the same as {@link #administrationBudget()}
     * @deprecated use {@link #administrationBudget()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<Amount> getAdministrationBudget() {
        return administrationBudget();
    }

    /**
     * The outcome for administration (<i>administration, utfall</i>).
     *
     * @return the amount, or empty when not given
     */
    public Optional<Amount> administrationOutcome() {
        return Optional.ofNullable(funding).flatMap(Funding::getAdministrationOutcome);
    }

    /**
     * The bean-style name of {@link #administrationOutcome()}.
     *
     * @return the same as {@link #administrationOutcome()}
     * @deprecated use {@link #administrationOutcome()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<Amount> getAdministrationOutcome() {
        return administrationOutcome();
    }

    /**
     * The förbund's insatser in the year, in document order: the projects whose period touches the year
     * and that the förbund finances (as a financier, or by funding a budget or outcome line of the year).
     *
     * @return the unmodifiable insatser, never null
     */
    public List<ProjectFollowUp> projects() {
        return projects;
    }

    /**
     * The bean-style name of {@link #projects()}.
     *
     * @return the same as {@link #projects()}
     * @deprecated use {@link #projects()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public List<ProjectFollowUp> getProjects() {
        return projects();
    }

    /**
     * The förbund's budget over its insatser in the year: the sum of their {@link ProjectFollowUp#budget()}.
     *
     * @return the exact sum, never null
     */
    public Amount totalBudget() {
        Amount total = Amount.zero();
        for (ProjectFollowUp project : projects) {
            total = total.plus(project.budget());
        }
        return total;
    }

    /**
     * The bean-style name of {@link #totalBudget()}.
     *
     * @return the same as {@link #totalBudget()}
     * @deprecated use {@link #totalBudget()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Amount getTotalBudget() {
        return totalBudget();
    }

    /**
     * The förbund's outcome over its insatser in the year: the sum of the outcomes they state.
     *
     * @return the exact sum, or empty when no insats states an outcome for the year
     */
    public Optional<Amount> totalOutcome() {
        Amount total = null;
        for (ProjectFollowUp project : projects) {
            if (project.outcome().isPresent()) {
                total = (total == null ? Amount.zero() : total).plus(project.outcome().get());
            }
        }
        return Optional.ofNullable(total);
    }

    /**
     * The bean-style name of {@link #totalOutcome()}.
     *
     * @return the same as {@link #totalOutcome()}
     * @deprecated use {@link #totalOutcome()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<Amount> getTotalOutcome() {
        return totalOutcome();
    }

    /**
     * The participants over the förbund's insatser in the year: the sum of their
     * {@link ProjectFollowUp#participants()} (a person in two insatser counts in both).
     *
     * @return the sum, ≥ 0
     */
    public long participants() {
        return projects.stream().mapToLong(ProjectFollowUp::participants).sum();
    }

    /**
     * The bean-style name of {@link #participants()}.
     *
     * @return the same as {@link #participants()}
     * @deprecated use {@link #participants()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public long getParticipants() {
        return participants();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof FollowUpReport)) {
            return false;
        }
        FollowUpReport that = (FollowUpReport) other;
        return association.equals(that.association) && year == that.year && Objects.equals(funding, that.funding)
            && Objects.equals(allocationByMember, that.allocationByMember) && projects.equals(that.projects);
    }

    @Override
    public int hashCode() {
        return Objects.hash(association, year, funding, allocationByMember, projects);
    }

    @Override
    public String toString() {
        return "FollowUpReport[" + association + " " + year() + ", allocated=" + allocatedFunds()
            + ", byMember=" + allocationByMember + ", projects=" + projects + "]";
    }
}

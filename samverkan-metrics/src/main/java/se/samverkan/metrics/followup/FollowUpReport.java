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
 * for them (DOMAIN.md §4 "National follow-up export"): the allocated funds and each member's part,
 * equity (<i>eget kapital</i>), administration budget and outcome, and per insats the figures of
 * {@link ProjectFollowUp}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FollowUpReport {

    private final String association;
    private final Funding funding;
    private final List<MemberShare> allocationByMember;
    private final List<ProjectFollowUp> projects;

    private FollowUpReport(String association, Funding funding, List<MemberShare> allocationByMember,
            List<ProjectFollowUp> projects) {
        this.association = association;
        this.funding = funding;
        this.allocationByMember = allocationByMember;
        this.projects = projects;
    }

    static FollowUpReport of(String association, Funding funding, Optional<List<MemberShare>> allocation,
            List<ProjectFollowUp> projects) {
        return new FollowUpReport(Objects.requireNonNull(association, "association"),
            Objects.requireNonNull(funding, "funding"), allocation.orElse(null), List.copyOf(projects));
    }

    /**
     * The förbund.
     *
     * @return the förbund's id, never null
     */
    public String getAssociation() {
        return association;
    }

    /**
     * The calendar year.
     *
     * @return the year
     */
    public int getYear() {
        return funding.getYear();
    }

    /**
     * The funds the members allocate for the year (<i>tilldelade medel</i>).
     *
     * @return the total, never null
     */
    public Amount getAllocatedFunds() {
        return funding.getTotal();
    }

    /**
     * Each paying member's part of the allocated funds by the förbund key, in member order.
     *
     * @return the unmodifiable parts, summing to exactly {@link #getAllocatedFunds()}; empty when the key
     *     is not computable ({@link AssociationKey#getProblems()} says why)
     */
    public Optional<List<MemberShare>> getAllocationByMember() {
        return Optional.ofNullable(allocationByMember);
    }

    /**
     * The equity carried over into the year (<i>eget kapital</i>); may be negative.
     *
     * @return the equity, or empty when not given
     */
    public Optional<Amount> getEquity() {
        return funding.getEquity();
    }

    /**
     * The budget for administration (<i>administration, budget</i>).
     *
     * @return the amount, or empty when not given
     */
    public Optional<Amount> getAdministrationBudget() {
        return funding.getAdministrationBudget();
    }

    /**
     * The outcome for administration (<i>administration, utfall</i>).
     *
     * @return the amount, or empty when not given
     */
    public Optional<Amount> getAdministrationOutcome() {
        return funding.getAdministrationOutcome();
    }

    /**
     * The förbund's insatser in the year, in document order: the projects whose financiers include the
     * förbund and whose period touches the year.
     *
     * @return the unmodifiable insatser, never null
     */
    public List<ProjectFollowUp> getProjects() {
        return projects;
    }

    @Override
    public String toString() {
        return "FollowUpReport[" + association + " " + getYear() + ", allocated=" + getAllocatedFunds()
            + ", byMember=" + allocationByMember + ", projects=" + projects + "]";
    }
}

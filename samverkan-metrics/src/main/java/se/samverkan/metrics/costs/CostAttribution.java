package se.samverkan.metrics.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import se.samverkan.metrics.internal.PartyTree;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.money.Amount;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.FundingShare;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.Resource;
import se.samverkan.model.time.Period;

/**
 * The cost each party and each member type really bears for an insats (<i>kostnadsfördelning per
 * huvudman</i>, docs/metrics.md "Attribution").
 *
 * <p>What is attributed, per calendar year:
 * <ul>
 *   <li>every measured budget line, to its funder ({@code fundedBy}, or the project's single
 *       financier);</li>
 *   <li>every resource in kind with an {@code annualCost}, for each year the project period touches:
 *       the annual cost pro rata to the days of the project period in that year
 *       ({@code annualCost × days ÷ days of the year}, rounded half-even to the öre, so a whole year
 *       costs exactly the annual cost), split among its {@code fundedBy} parties by their shares with
 *       the largest-remainder method (a resource without {@code fundedBy} is paid by its employer). The
 *       shares paid by the project's own financiers are left out: the budget lines already hold that
 *       money (the förbund's half of a case officer is a budget line), so only contributions in kind
 *       are added.</li>
 * </ul>
 * Then each funder's money of the year is borne: a förbund's by its members, split by the förbund key
 * exactly as its own funds are (so Försäkringskassan bears half, including Arbetsförmedlingen's state
 * part); any other party's by the party itself, counting as its top-most ancestor's type.
 *
 * <p>Money that cannot be attributed is kept apart in {@link #unattributed()} rather than guessed: a
 * line without a funder in a project with other than exactly one financier, a förbund whose key is
 * not computable or that has no coordination association in the document, a funder whose type is
 * unknown. Always
 * {@code sum(byParty) + unattributed = sum(byType) + unattributed = total}, exactly.
 *
 * <p>Two attributions are equal when all their figures are: total, in kind, the cost of each party and of
 * each type, and the unattributed amount.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CostAttribution {

    private final Amount total;
    private final Amount inKind;
    private final List<BorneCost> byParty;
    private final Map<PartyType, Amount> byType;
    private final Amount unattributed;

    private CostAttribution(Amount total, Amount inKind, List<BorneCost> byParty, Map<PartyType, Amount> byType,
            Amount unattributed) {
        this.total = total;
        this.inKind = inKind;
        this.byParty = byParty;
        this.byType = byType;
        this.unattributed = unattributed;
    }

    static CostAttribution of(Project project, IntPredicate measuredYear, PartyTree parties,
            Map<String, AssociationKey> keys) {
        Amount total = Amount.zero();
        Amount inKind = Amount.zero();
        Amount unattributed = Amount.zero();
        Map<Integer, Map<String, Amount>> perYear = new TreeMap<>();
        for (BudgetLine line : project.getBudget().getLines()) {
            if (!measuredYear.test(line.getYear())) {
                continue;
            }
            total = total.plus(line.getAmount());
            Optional<String> funder = Financing.funderOf(project, line);
            if (funder.isPresent()) {
                perYear.computeIfAbsent(line.getYear(), y -> new LinkedHashMap<>())
                    .merge(funder.get(), line.getAmount(), Amount::plus);
            } else {
                unattributed = unattributed.plus(line.getAmount());
            }
        }
        Period period = project.getPeriod();
        for (Resource resource : project.getResources()) {
            if (resource.getAnnualCost().isEmpty()) {
                continue;
            }
            for (int year : period.years().filter(measuredYear).toArray()) {
                Amount cost = proRata(resource.getAnnualCost().get(), period, year);
                List<String> payers = new ArrayList<>();
                List<BigDecimal> shares = new ArrayList<>();
                for (FundingShare share : resource.getFundedBy()) {
                    payers.add(share.getParty());
                    shares.add(share.getShare().toBigDecimal());
                }
                if (payers.isEmpty() || shares.stream().allMatch(s -> s.signum() == 0)) {
                    payers = List.of(resource.getParty());
                    shares = List.of(BigDecimal.ONE);
                }
                List<Amount> parts = LargestRemainder.allocate(cost, shares);
                Map<String, Amount> funders = perYear.computeIfAbsent(year, y -> new LinkedHashMap<>());
                for (int i = 0; i < payers.size(); i++) {
                    // A financier's share is what the budget lines already pay for (the förbund's half of
                    // a case officer is a budget line): counting it again would count it twice.
                    if (!project.getFinanciers().contains(payers.get(i))) {
                        total = total.plus(parts.get(i));
                        inKind = inKind.plus(parts.get(i));
                        funders.merge(payers.get(i), parts.get(i), Amount::plus);
                    }
                }
            }
        }
        Map<String, BorneCost> borne = new LinkedHashMap<>();
        for (Map<String, Amount> funders : perYear.values()) {
            for (Map.Entry<String, Amount> funder : funders.entrySet()) {
                String party = funder.getKey();
                Amount amount = funder.getValue();
                AssociationKey key = keys.get(party);
                if (key != null) {
                    Optional<List<MemberShare>> split = key.split(amount);
                    if (split.isEmpty()) {
                        unattributed = unattributed.plus(amount);
                        continue;
                    }
                    for (MemberShare share : split.get()) {
                        // A computable key knows every paying member's type.
                        PartyType type = parties.effectiveType(share.party()).orElseThrow();
                        bear(borne, share.party(), type, share.amount());
                    }
                } else {
                    Optional<PartyType> type = parties.effectiveType(party);
                    // A förbund bears nothing itself: without its members and key its money stays apart.
                    if (type.isPresent() && type.get() != PartyType.COORDINATION_ASSOCIATION) {
                        bear(borne, party, type.get(), amount);
                    } else {
                        unattributed = unattributed.plus(amount);
                    }
                }
            }
        }
        Map<PartyType, Amount> byType = new EnumMap<>(PartyType.class);
        for (PartyType type : PartyType.values()) {
            byType.put(type, Amount.zero());
        }
        for (BorneCost cost : borne.values()) {
            byType.merge(cost.type(), cost.amount(), Amount::plus);
        }
        return new CostAttribution(total, inKind, List.copyOf(borne.values()), Collections.unmodifiableMap(byType),
            unattributed);
    }

    private static void bear(Map<String, BorneCost> borne, String party, PartyType type, Amount amount) {
        BorneCost before = borne.get(party);
        borne.put(party, BorneCost.of(party, type, before == null ? amount : before.amount().plus(amount)));
    }

    /** The annual cost for the days of {@code period} in {@code year}, rounded half-even to the öre. */
    static Amount proRata(Amount annualCost, Period period, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate from = period.getStart().isAfter(first) ? period.getStart() : first;
        LocalDate to = period.getEnd().isBefore(last) ? period.getEnd() : last;
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        if (days <= 0) {
            return Amount.zero();
        }
        return Amount.of(annualCost.toBigDecimal().multiply(BigDecimal.valueOf(days))
            .divide(BigDecimal.valueOf(first.lengthOfYear()), 2, RoundingMode.HALF_EVEN));
    }

    /**
     * Everything considered: the measured budget lines and the resources' costs.
     *
     * @return the exact total, never null
     */
    public Amount total() {
        return total;
    }

    /**
     * The bean-style name of {@link #total()}.
     *
     * @return the same as {@link #total()}
     * @deprecated use {@link #total()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Amount getTotal() {
        return total();
    }

    /**
     * The part of {@link #total()} that comes from resources in kind (<i>egna resurser</i>): the
     * shares of resources with an annual cost paid by parties other than the project's financiers.
     *
     * @return the exact amount, never null
     */
    public Amount inKind() {
        return inKind;
    }

    /**
     * The bean-style name of {@link #inKind()}.
     *
     * @return the same as {@link #inKind()}
     * @deprecated use {@link #inKind()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Amount getInKind() {
        return inKind();
    }

    /**
     * The cost each party bears, in order of first appearance (year by year: budget lines, then
     * resources; a förbund's members in member order).
     *
     * @return the unmodifiable costs, never null
     */
    public List<BorneCost> byParty() {
        return byParty;
    }

    /**
     * The bean-style name of {@link #byParty()}.
     *
     * @return the same as {@link #byParty()}
     * @deprecated use {@link #byParty()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public List<BorneCost> getByParty() {
        return byParty();
    }

    /**
     * The cost each type of party bears (a unit counts as its top-most ancestor's type): every type in
     * declaration order, zeros included.
     *
     * @return the unmodifiable sums, never null
     */
    public Map<PartyType, Amount> byType() {
        return byType;
    }

    /**
     * The bean-style name of {@link #byType()}.
     *
     * @return the same as {@link #byType()}
     * @deprecated use {@link #byType()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Map<PartyType, Amount> getByType() {
        return byType();
    }

    /**
     * The money that could not be attributed to a party.
     *
     * @return the exact amount, zero when everything was attributed, never null
     */
    public Amount unattributed() {
        return unattributed;
    }

    /**
     * The bean-style name of {@link #unattributed()}.
     *
     * @return the same as {@link #unattributed()}
     * @deprecated use {@link #unattributed()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Amount getUnattributed() {
        return unattributed();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CostAttribution)) {
            return false;
        }
        CostAttribution that = (CostAttribution) other;
        return total.equals(that.total) && inKind.equals(that.inKind) && byParty.equals(that.byParty)
            && byType.equals(that.byType) && unattributed.equals(that.unattributed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, inKind, byParty, byType, unattributed);
    }

    @Override
    public String toString() {
        return "CostAttribution[total=" + total + ", byParty=" + byParty
            + (unattributed.isZero() ? "" : ", unattributed=" + unattributed) + "]";
    }
}

package se.samverkan.metrics.costs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import se.samverkan.metrics.internal.Funders;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.money.Amount;
import se.samverkan.model.project.Project;

/**
 * The financing of an insats's budget or outcome (<i>finansiering</i>) over the lines whose year lies in
 * the measured years: total, by year, by category and by funder (docs/metrics.md "Project financing").
 *
 * <p>A line's funder is its {@code fundedBy}, or else the project's single financier (a financier named
 * twice is one). A line without {@code fundedBy} in a project with other than exactly one financier (reporting rule
 * {@code AMBIGUOUS_FUNDER}) belongs to no funder: its amount counts in the total, by year and by
 * category, and in {@link #unattributed()}, never in {@link #byFunder()}. So
 * {@code sum(byFunder) + unattributed = total = sum(byYear) = sum(byCategory)}, exactly.
 *
 * <p>Two financings are equal when all their figures are: totals, sums by year, by category and by funder,
 * the categories with lines and the unattributed amount (amounts compared by value, so 1.5 and 1.50 kronor
 * are the same).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Financing {

    private final Amount total;
    private final SortedMap<Integer, Amount> byYear;
    private final Map<CostCategory, Amount> byCategory;
    private final Set<CostCategory> categoriesWithLines;
    private final List<FunderShare> byFunder;
    private final Amount unattributed;

    private Financing(Amount total, SortedMap<Integer, Amount> byYear, Map<CostCategory, Amount> byCategory,
            Set<CostCategory> categoriesWithLines, List<FunderShare> byFunder, Amount unattributed) {
        this.total = total;
        this.byYear = byYear;
        this.byCategory = byCategory;
        this.categoriesWithLines = categoriesWithLines;
        this.byFunder = byFunder;
        this.unattributed = unattributed;
    }

    static Financing of(Project project, Budget budget, IntPredicate measuredYear) {
        Amount total = Amount.zero();
        Amount unattributed = Amount.zero();
        SortedMap<Integer, Amount> byYear = new TreeMap<>();
        Map<CostCategory, Amount> byCategory = new EnumMap<>(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            byCategory.put(category, Amount.zero());
        }
        Set<CostCategory> categoriesWithLines = EnumSet.noneOf(CostCategory.class);
        Map<String, Amount> byFunder = new LinkedHashMap<>();
        for (BudgetLine line : budget.getLines()) {
            if (!measuredYear.test(line.getYear())) {
                continue;
            }
            categoriesWithLines.add(line.getCategory());
            Amount amount = line.getAmount();
            total = total.plus(amount);
            byYear.merge(line.getYear(), amount, Amount::plus);
            byCategory.merge(line.getCategory(), amount, Amount::plus);
            Optional<String> funder = funderOf(project, line);
            if (funder.isPresent()) {
                byFunder.merge(funder.get(), amount, Amount::plus);
            } else {
                unattributed = unattributed.plus(amount);
            }
        }
        List<FunderShare> funders = new ArrayList<>(byFunder.size());
        for (Map.Entry<String, Amount> funder : byFunder.entrySet()) {
            funders.add(FunderShare.of(funder.getKey(), funder.getValue(), total));
        }
        return new Financing(total, Collections.unmodifiableSortedMap(byYear),
            Collections.unmodifiableMap(byCategory), Collections.unmodifiableSet(categoriesWithLines),
            List.copyOf(funders), unattributed);
    }

    /** The funder of a line, as the reporting rules judge it ({@link Funders}). */
    static Optional<String> funderOf(Project project, BudgetLine line) {
        return Funders.of(project, line);
    }

    /**
     * The sum of the measured lines.
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
     * The sum per year, for the years that have measured lines, in ascending year order.
     *
     * @return the unmodifiable sums, never null
     */
    public SortedMap<Integer, Amount> byYear() {
        return byYear;
    }

    /**
     * The bean-style name of {@link #byYear()}.
     *
     * @return the same as {@link #byYear()}
     * @deprecated use {@link #byYear()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public SortedMap<Integer, Amount> getByYear() {
        return byYear();
    }

    /**
     * The sum per category, every category in declaration order, zeros included.
     *
     * @return the unmodifiable sums, never null
     */
    public Map<CostCategory, Amount> byCategory() {
        return byCategory;
    }

    /**
     * The bean-style name of {@link #byCategory()}.
     *
     * @return the same as {@link #byCategory()}
     * @deprecated use {@link #byCategory()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Map<CostCategory, Amount> getByCategory() {
        return byCategory();
    }

    /**
     * The categories that have at least one measured line (a line of 0 kr included), in declaration order:
     * the categories {@code budgetByCategory} and {@code outcomeByCategory} of the metrics output list.
     *
     * @return the unmodifiable categories, never null
     */
    public Set<CostCategory> categoriesWithLines() {
        return categoriesWithLines;
    }

    /**
     * The bean-style name of {@link #categoriesWithLines()}.
     *
     * @return the same as {@link #categoriesWithLines()}
     * @deprecated use {@link #categoriesWithLines()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Set<CostCategory> getCategoriesWithLines() {
        return categoriesWithLines();
    }

    /**
     * Whether any line lies in the measured years (a line of 0 kr included).
     *
     * @return true when the measured years have at least one line
     */
    public boolean hasLines() {
        // Every measured line adds its category, so the categories are empty exactly when no line is measured.
        return !categoriesWithLines.isEmpty();
    }

    /**
     * The sum per funder, in order of first appearance in the lines, each with its percent of
     * {@link #total()}.
     *
     * @return the unmodifiable funders, never null
     */
    public List<FunderShare> byFunder() {
        return byFunder;
    }

    /**
     * The bean-style name of {@link #byFunder()}.
     *
     * @return the same as {@link #byFunder()}
     * @deprecated use {@link #byFunder()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public List<FunderShare> getByFunder() {
        return byFunder();
    }

    /**
     * The sum of the measured lines that belong to no funder: without {@code fundedBy} in a project
     * with other than exactly one financier.
     *
     * @return the exact amount, zero when every line has a funder, never null
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
        if (!(other instanceof Financing)) {
            return false;
        }
        Financing that = (Financing) other;
        return total.equals(that.total) && byYear.equals(that.byYear) && byCategory.equals(that.byCategory)
            && categoriesWithLines.equals(that.categoriesWithLines) && byFunder.equals(that.byFunder)
            && unattributed.equals(that.unattributed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, byYear, byCategory, categoriesWithLines, byFunder, unattributed);
    }

    @Override
    public String toString() {
        return "Financing[total=" + total + ", byYear=" + byYear + ", byFunder=" + byFunder
            + (unattributed.isZero() ? "" : ", unattributed=" + unattributed) + "]";
    }
}

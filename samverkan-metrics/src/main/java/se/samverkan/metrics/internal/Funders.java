package se.samverkan.metrics.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.project.Project;

/**
 * Who funds a budget or outcome line of an insats (<i>finansiär</i>): the line's own {@code fundedBy},
 * or else the insats's single financier. A financier named twice in {@code financiers} is one financier.
 * The one place this is decided: the reporting rule {@code AMBIGUOUS_FUNDER} reports exactly the lines
 * that have no funder here, and the financing, cost attribution and national follow-up attribute every
 * other line to the funder given here.
 */
public final class Funders {

    private Funders() {
    }

    /**
     * The insats's financiers, each once, in order of first mention.
     *
     * @param project the insats, not null
     * @return the distinct financier ids, unmodifiable, never null
     * @throws NullPointerException if {@code project} is null
     */
    public static List<String> financiers(Project project) {
        return List.copyOf(new LinkedHashSet<>(project.getFinanciers()));
    }

    /**
     * The funder of a line: its {@code fundedBy}, or the insats's single distinct financier.
     *
     * @param project the insats the line belongs to, not null
     * @param line a line of its budget or outcome, not null
     * @return the funder's id; empty when the line names none and the insats has other than exactly one
     *     distinct financier
     * @throws NullPointerException if an argument is null
     */
    public static Optional<String> of(Project project, BudgetLine line) {
        Objects.requireNonNull(project, "project");
        if (line.getFundedBy().isPresent()) {
            return line.getFundedBy();
        }
        List<String> financiers = financiers(project);
        return financiers.size() == 1 ? Optional.of(financiers.get(0)) : Optional.empty();
    }
}

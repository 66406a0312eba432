package se.samverkan.cli;

import java.util.ArrayList;
import java.util.List;

import se.samverkan.metrics.goals.Attainment;
import se.samverkan.metrics.disclosure.DisclosedCell;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.disclosure.PublishedGoal;
import se.samverkan.metrics.disclosure.PublishedProject;
import se.samverkan.metrics.disclosure.PublishedUnitCosts;
import se.samverkan.metrics.costs.Financing;
import se.samverkan.metrics.costs.ProjectFinancing;
import se.samverkan.model.money.Amount;
import se.samverkan.model.project.Project;

/**
 * The förbund overview (<i>översikt över insatserna</i>): every reported insats on one row — kind,
 * orientation, period, participations started and ended, budget, outcome (<i>utfall</i>), cost per started
 * participation and goals attained of goals — and a totals row.
 *
 * <p>Each insats's counts and cost are its published figures. A total of counts is published only when it
 * cannot give a hidden count back: the column of counts is one additive row under
 * {@link DisclosureControl}, and where that control would have to hide one more insats's count (because
 * exactly one is hidden), the total is withheld instead, since every insats's count is also shown in its own
 * section. A total from 1 to the minimum − 1 is hidden like any count.
 */
final class OverviewTable {

    /**
     * One insats of the overview: its definition, published figures and money over the window ({@code budget()}
     * null without budget lines, {@code outcome()} null without outcome lines: "not reported").
     */
    record Row(Project project, PublishedProject shown, PublishedUnitCosts unitCosts, boolean countsParticipants,
        boolean countsEnded, int started, int ended, ProjectFinancing financing) {

        /** The budget's total, or null when the insats has no budget lines. */
        Amount budget() {
            return financing.budget().hasLines() ? financing.budget().total() : null;
        }

        /** The outcome's total, or null when the insats reports no outcome. */
        Amount outcome() {
            return financing.outcome().map(Financing::total).orElse(null);
        }
    }

    private final Messages messages;
    private final ReportFormats formats;
    private final DisclosureControl disclosure;

    OverviewTable(Messages messages, ReportFormats formats, DisclosureControl disclosure) {
        this.messages = messages;
        this.formats = formats;
        this.disclosure = disclosure;
    }

    ReportTable table(List<Row> rows) {
        List<List<ReportCell>> cells = new ArrayList<>();
        List<DisclosedCell> startedCells = new ArrayList<>();
        List<Integer> startedCounts = new ArrayList<>();
        List<DisclosedCell> endedCells = new ArrayList<>();
        List<Integer> endedCounts = new ArrayList<>();
        Amount budget = null;
        Amount outcome = null;
        int attained = 0;
        int undecided = 0;
        int goals = 0;
        for (Row row : rows) {
            Project project = row.project();
            int rowAttained = (int) row.shown().goals().stream().map(PublishedGoal::attained)
                .filter(Attainment::isAttained).count();
            int rowUndecided = (int) row.shown().goals().stream().map(PublishedGoal::attained)
                .filter(a -> a == Attainment.UNDECIDED).count();
            int rowGoals = row.shown().goals().size();
            if (row.countsParticipants()) {
                startedCells.add(row.shown().started());
                startedCounts.add(row.started());
            }
            if (row.countsEnded()) {
                endedCells.add(row.shown().ended());
                endedCounts.add(row.ended());
            }
            if (row.budget() != null) {
                budget = budget == null ? row.budget() : budget.plus(row.budget());
            }
            if (row.outcome() != null) {
                outcome = outcome == null ? row.outcome() : outcome.plus(row.outcome());
            }
            attained += rowAttained;
            undecided += rowUndecided;
            goals += rowGoals;
            cells.add(List.of(ReportCell.text(project.getName()), ReportCell.text(messages.label(project.getKind())),
                ReportCell.text(messages.label(project.getOrientation())),
                ReportCell.text(project.getPeriod().getStart() + " – " + project.getPeriod().getEnd()),
                row.countsParticipants() ? formats.count(row.shown().started()) : formats.na(),
                row.countsEnded() ? formats.count(row.shown().ended()) : formats.na(),
                reported(row.budget()), reported(row.outcome()),
                row.countsParticipants() ? formats.kronor(row.unitCosts().perStartedParticipant()) : formats.na(),
                goals(rowAttained, rowUndecided, rowGoals)));
        }
        cells.add(List.of(ReportCell.text(messages.text("report.total")), ReportCell.text(""), ReportCell.text(""),
            ReportCell.text(""), total(startedCells, startedCounts), total(endedCells, endedCounts),
            reported(budget), reported(outcome), ReportCell.text(""), goals(attained, undecided, goals)));
        return ReportTable.ofCells(messages.text("report.overview"), List.of(messages.text("report.overview.insats"),
            messages.text("report.kind"), messages.text("report.overview.orientation"), messages.text("report.period"),
            messages.text("report.overview.started"), messages.text("report.overview.ended"),
            messages.text("report.overview.budget"), messages.text("report.overview.outcome"),
            messages.text("report.overview.perStarted"), messages.text("report.overview.goals")), cells,
            messages.text("report.overview.note"), 4);
    }

    /**
     * The total of a column of published counts: withheld when additive-table control would hide another
     * cell of the column to protect a single hidden one, or when it is itself a small count.
     */
    private ReportCell total(List<DisclosedCell> shown, List<Integer> exact) {
        if (exact.isEmpty()) {
            return formats.na();
        }
        int[][] column = {exact.stream().mapToInt(Integer::intValue).toArray()};
        long total = exact.stream().mapToLong(Integer::longValue).sum();
        long viewHidden = shown.stream().filter(DisclosedCell::isHidden).count();
        boolean revealing = disclosure.apply(column).hiddenCount() > viewHidden;
        if (revealing || disclosure.hidesAlone(total)) {
            return ReportCell.hidden(disclosure.marker());
        }
        return formats.count(total);
    }

    /** An amount, or "not reported" when the document gives no lines for it. */
    private ReportCell reported(Amount amount) {
        return amount == null ? ReportCell.text(messages.text("report.notReported")) : formats.kronor(amount);
    }

    /** Goals attained of goals, and how many of them cannot be decided (an undecided goal is not "not attained"). */
    private ReportCell goals(int attained, int undecided, int goals) {
        if (goals == 0) {
            return formats.na();
        }
        return ReportCell.text(undecided == 0 ? messages.text("report.overview.goalsOf", attained, goals)
            : messages.text("report.overview.goalsOfUndecided", attained, goals, undecided));
    }
}

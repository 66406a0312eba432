package se.samverkan.metrics.rules;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import se.samverkan.model.goal.AgeBandTotal;
import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.BreakdownCell;
import se.samverkan.model.goal.GenderTotal;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.project.Project;
import se.samverkan.model.range.IntRange;

/**
 * The expected tables of goals (docs/format.md): {@link Rule#BREAKDOWN_TOTAL_MISMATCH}, stated totals
 * equal the sums of the cells (summed as {@code long}, so no table can overflow), and
 * {@link Rule#BREAKDOWN_OUTSIDE_TARGET_AGE}, every age band lies inside the target group's age range.
 */
final class BreakdownCheck implements Check {

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<Project> projects = index.document().getProjects();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            List<Goal> goals = project.getGoals();
            for (int j = 0; j < goals.size(); j++) {
                Pointer at = Pointer.project(i).property("goals").index(j).property("breakdown");
                goals.get(j).getBreakdown().ifPresent(breakdown -> {
                    totals(findings, at, breakdown);
                    bands(findings, at, breakdown, project.getTargetGroup().getAgeRange());
                });
            }
        }
    }

    private static void totals(Findings findings, Pointer at, Breakdown breakdown) {
        Map<Gender, Long> rows = new EnumMap<>(Gender.class);
        Map<Integer, Long> columns = new HashMap<>();
        long total = 0;
        for (BreakdownCell cell : breakdown.getCells()) {
            rows.merge(cell.getGender(), (long) cell.getValue(), Long::sum);
            columns.merge(cell.getAgeBand(), (long) cell.getValue(), Long::sum);
            total += cell.getValue();
        }
        List<GenderTotal> rowTotals = breakdown.getRowTotals();
        for (int k = 0; k < rowTotals.size(); k++) {
            GenderTotal row = rowTotals.get(k);
            long sum = rows.getOrDefault(row.getGender(), 0L);
            if (sum != row.getValue()) {
                findings.add(Rule.BREAKDOWN_TOTAL_MISMATCH, at.property("rowTotals").index(k), "row",
                    row.getGender().swedishLabel(), row.getGender().englishLabel(),
                    Integer.toString(row.getValue()), Long.toString(sum));
            }
        }
        List<AgeBandTotal> columnTotals = breakdown.getColumnTotals();
        for (int k = 0; k < columnTotals.size(); k++) {
            AgeBandTotal column = columnTotals.get(k);
            long sum = columns.getOrDefault(column.getAgeBand(), 0L);
            if (sum != column.getValue()) {
                findings.add(Rule.BREAKDOWN_TOTAL_MISMATCH, at.property("columnTotals").index(k), "column",
                    band(breakdown, column.getAgeBand()), Integer.toString(column.getValue()), Long.toString(sum));
            }
        }
        OptionalInt stated = breakdown.getTotal();
        if (stated.isPresent() && stated.getAsInt() != total) {
            findings.add(Rule.BREAKDOWN_TOTAL_MISMATCH, at.property("total"), "grand",
                Integer.toString(stated.getAsInt()), Long.toString(total));
        }
    }

    /** The band as text, such as "18–30", or its index when the table has no such band. */
    private static String band(Breakdown breakdown, int index) {
        List<IntRange> bands = breakdown.getAgeBands();
        return index >= 0 && index < bands.size() ? range(bands.get(index)) : "#" + index;
    }

    private static void bands(Findings findings, Pointer at, Breakdown breakdown, IntRange target) {
        if (target.getMax() < target.getMin()) {
            return; // a disordered range is a field rule; every band would be "outside"
        }
        List<IntRange> bands = breakdown.getAgeBands();
        for (int k = 0; k < bands.size(); k++) {
            if (!target.encloses(bands.get(k))) {
                findings.add(Rule.BREAKDOWN_OUTSIDE_TARGET_AGE, at.property("ageBands").index(k), "band",
                    range(bands.get(k)), range(target));
            }
        }
    }

    static String range(IntRange range) {
        return range.getMin() + "–" + range.getMax();
    }
}

package se.samverkan.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.samverkan.metrics.followup.FollowUpReport;
import se.samverkan.metrics.followup.ProjectFollowUp;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.project.Project;
import se.samverkan.model.range.IntRange;

/**
 * The follow-up as one flat table, shared by the CSV and XLSX writers: per förbund and year an allocation
 * row (no project; {@code budget} is the allocated total; equity and administration filled only here), then
 * one row per insats in document order. A cell is a {@link String}, an {@link Amount}, an {@link Integer},
 * a {@link Boolean} or null (not given).
 */
final class FollowUpRows {

    /** The column names, in order. */
    static final List<String> COLUMNS = List.of("association", "year", "project", "name", "kind", "orientation",
        "measurement", "esf", "budget", "totalBudget", "outcome", "totalOutcome", "plannedMin", "plannedMax",
        "participants", "women", "men", "nonBinary", "unspecified", "equity", "administrationBudget",
        "administrationOutcome");

    private FollowUpRows() {
    }

    static List<List<Object>> of(SamverkanDocument document, List<FollowUpReport> reports) {
        List<List<Object>> rows = new ArrayList<>();
        for (FollowUpReport report : reports) {
            rows.add(allocation(report));
            for (ProjectFollowUp insats : report.projects()) {
                rows.add(insats(report, insats, Projects.find(document, insats.project())));
            }
        }
        return rows;
    }

    private static List<Object> allocation(FollowUpReport report) {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(report.association());
        row.add(report.year());
        for (int i = 0; i < 6; i++) {
            row.add(null);
        }
        row.add(report.allocatedFunds().orElse(null));
        for (int i = 0; i < 10; i++) {
            row.add(null);
        }
        row.add(report.equity().orElse(null));
        row.add(report.administrationBudget().orElse(null));
        row.add(report.administrationOutcome().orElse(null));
        return row;
    }

    private static List<Object> insats(FollowUpReport report, ProjectFollowUp insats, Project project) {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(report.association());
        row.add(report.year());
        row.add(project.getId());
        row.add(project.getName());
        row.add(project.getKind().name());
        row.add(insats.orientation().name());
        row.add(project.getMeasurement().name());
        row.add(project.getEsf().isPresent());
        row.add(insats.budget());
        row.add(insats.totalBudget());
        row.add(insats.outcome().orElse(null));
        row.add(insats.totalOutcome().orElse(null));
        row.add(insats.plannedParticipants().map(IntRange::getMin).orElse(null));
        row.add(insats.plannedParticipants().map(IntRange::getMax).orElse(null));
        Map<Gender, Integer> byGender = insats.participantsByGender();
        row.add(insats.participants());
        row.add(byGender.get(Gender.WOMAN));
        row.add(byGender.get(Gender.MAN));
        row.add(byGender.get(Gender.NON_BINARY));
        row.add(byGender.get(Gender.UNSPECIFIED));
        row.add(null);
        row.add(null);
        row.add(null);
        return row;
    }
}

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
            for (ProjectFollowUp insats : report.getProjects()) {
                rows.add(insats(report, insats, Projects.find(document, insats.getProject())));
            }
        }
        return rows;
    }

    private static List<Object> allocation(FollowUpReport report) {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(report.getAssociation());
        row.add(report.getYear());
        for (int i = 0; i < 6; i++) {
            row.add(null);
        }
        row.add(report.getAllocatedFunds().orElse(null));
        for (int i = 0; i < 10; i++) {
            row.add(null);
        }
        row.add(report.getEquity().orElse(null));
        row.add(report.getAdministrationBudget().orElse(null));
        row.add(report.getAdministrationOutcome().orElse(null));
        return row;
    }

    private static List<Object> insats(FollowUpReport report, ProjectFollowUp insats, Project project) {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(report.getAssociation());
        row.add(report.getYear());
        row.add(project.getId());
        row.add(project.getName());
        row.add(project.getKind().name());
        row.add(insats.getOrientation().name());
        row.add(project.getMeasurement().name());
        row.add(project.getEsf().isPresent());
        row.add(insats.getBudget());
        row.add(insats.getTotalBudget());
        row.add(insats.getOutcome().orElse(null));
        row.add(insats.getTotalOutcome().orElse(null));
        row.add(insats.getPlannedParticipants().map(IntRange::getMin).orElse(null));
        row.add(insats.getPlannedParticipants().map(IntRange::getMax).orElse(null));
        Map<Gender, Integer> byGender = insats.getParticipantsByGender();
        row.add(insats.getParticipants());
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

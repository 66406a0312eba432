package se.samverkan.export;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.samverkan.metrics.costs.MemberShare;
import se.samverkan.metrics.followup.FollowUpReport;
import se.samverkan.metrics.followup.ProjectFollowUp;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.project.Project;

/**
 * The follow-up as text for a terminal: per förbund and year a heading, the allocation and each member's
 * part, then a right-aligned table of the insatser and a totals line. Money is printed with a space
 * between thousands and a decimal comma in Swedish, a comma and a point in English; "–" stands for not
 * known.
 */
final class FollowUpText {

    private static final String NONE = "–";

    private FollowUpText() {
    }

    static void write(SamverkanDocument document, List<FollowUpReport> reports, boolean english, PrintWriter out) {
        boolean first = true;
        for (FollowUpReport report : reports) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println((english ? "Coordination association " : "Samordningsförbund ") + report.association() + ", "
                + (english ? "year " : "år ") + report.year());
            out.println("  " + (english ? "Allocated funds: " : "Tilldelade medel: ")
                + money(report.allocatedFunds().orElse(null), english));
            for (MemberShare share : report.allocationByMember().orElse(List.of())) {
                out.println("    " + share.party() + ": " + money(share.amount(), english));
            }
            out.println("  " + (english ? "Equity: " : "Eget kapital: ") + money(report.equity().orElse(null), english)
                + "; " + (english ? "administration budget " : "administration budget ")
                + money(report.administrationBudget().orElse(null), english)
                + ", " + (english ? "outcome " : "utfall ") + money(report.administrationOutcome().orElse(null), english));
            List<String[]> rows = new ArrayList<>();
            rows.add(english
                ? new String[] {"Insats", "Budget", "Total budget", "Outcome", "Total outcome", "Planned", "Participants",
                    "Women", "Men", "Non-binary", "Unspecified"}
                : new String[] {"Insats", "Budget", "Total budget", "Utfall", "Totalt utfall", "Planerat", "Deltagare",
                    "Kvinnor", "Män", "Icke-binära", "Ej angivet"});
            for (ProjectFollowUp insats : report.projects()) {
                Project project = Projects.find(document, insats.project());
                Map<Gender, Integer> byGender = insats.participantsByGender();
                rows.add(new String[] {project.getId(), money(insats.budget(), english),
                    money(insats.totalBudget(), english), money(insats.outcome().orElse(null), english),
                    money(insats.totalOutcome().orElse(null), english),
                    insats.plannedParticipants().map(r -> r.getMin() + "–" + r.getMax()).orElse(NONE),
                    String.valueOf(insats.participants()), String.valueOf(byGender.get(Gender.WOMAN)),
                    String.valueOf(byGender.get(Gender.MAN)), String.valueOf(byGender.get(Gender.NON_BINARY)),
                    String.valueOf(byGender.get(Gender.UNSPECIFIED))});
            }
            rows.add(new String[] {english ? "Total" : "Summa", money(report.totalBudget(), english), "",
                money(report.totalOutcome().orElse(null), english), "", "", String.valueOf(report.participants()),
                "", "", "", ""});
            table(rows, out);
        }
        if (reports.isEmpty()) {
            // Without --year the years are the förbund's funding years: say how to ask for one.
            out.println(english
                ? "No förbund to follow up: no förbund in the document has funding entries for a year. Give --year YEAR"
                    + " to follow up that year."
                : "Inget förbund att följa upp: inget förbund i dokumentet har finansiering (funding) för ett år. Ange"
                    + " --year ÅR för att följa upp det året.");
        }
    }

    private static void table(List<String[]> rows, PrintWriter out) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.length; c++) {
                String cell = row[c];
                String pad = " ".repeat(widths[c] - cell.length());
                // The first column (names) left-aligned, figures right-aligned.
                line.append(c == 0 ? cell + pad : pad + cell).append(c + 1 < row.length ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String money(Amount amount, boolean english) {
        if (amount == null) {
            return NONE;
        }
        String plain = amount.toString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "00" : digits.substring(point + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(english ? ',' : ' ');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + (english ? "." : ",") + fraction;
    }
}

package se.samverkan.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.costs.AssociationKey;
import se.samverkan.metrics.costs.AssociationYear;
import se.samverkan.metrics.costs.BorneCost;
import se.samverkan.metrics.costs.CostAttribution;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.metrics.costs.Financing;
import se.samverkan.metrics.costs.FunderShare;
import se.samverkan.metrics.costs.MemberShare;
import se.samverkan.metrics.costs.ProjectCosts;
import se.samverkan.metrics.disclosure.DisclosedCell;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.disclosure.PublishedBreakdownCell;
import se.samverkan.metrics.disclosure.PublishedFigure;
import se.samverkan.metrics.disclosure.PublishedGoal;
import se.samverkan.metrics.disclosure.PublishedIncomeTransitions;
import se.samverkan.metrics.disclosure.PublishedMetrics;
import se.samverkan.metrics.disclosure.PublishedProject;
import se.samverkan.metrics.disclosure.PublishedUnitCosts;
import se.samverkan.metrics.goals.Attainment;
import se.samverkan.metrics.participants.AgeBands;
import se.samverkan.metrics.participants.ParticipantSummary;
import se.samverkan.metrics.rules.Finding;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.ReportGroup;
import se.samverkan.model.party.Party;
import se.samverkan.model.project.Project;
import se.samverkan.model.range.IntRange;

/**
 * Builds the human report of a document (docs/metrics.md): per project the participant summary, goal
 * attainment, income transitions, cost sharing and findings; the förbund keys. Every participant figure
 * (counts, shares, intervals, durations, unit costs) is taken from the project's {@link PublishedProject}, so
 * a figure that view hides is printed as the marker and never drawn in a chart.
 */
final class ReportBuilder {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Messages messages;
    private final DisclosureControl disclosure = DisclosureControl.defaults();
    private final NumberFormat money;
    private final NumberFormat decimal;
    private final NumberFormat whole;

    ReportBuilder(Messages messages) {
        this.messages = messages;
        this.money = NumberFormat.getNumberInstance(messages.locale());
        this.money.setMinimumFractionDigits(2);
        this.money.setMaximumFractionDigits(2);
        this.decimal = NumberFormat.getNumberInstance(messages.locale());
        this.decimal.setMinimumFractionDigits(1);
        this.decimal.setMaximumFractionDigits(1);
        this.whole = NumberFormat.getIntegerInstance(messages.locale());
    }

    Report build(SamverkanDocument document, String source, List<Finding> findings) {
        List<ProjectResult> results = ProjectMetrics.of(MeasurementScope.projectPeriod()).compute(document);
        PublishedMetrics published = PublishedMetrics.of(document, results, disclosure);
        List<ProjectReport> projects = new ArrayList<>();
        List<Finding> placed = new ArrayList<>();
        for (int i = 0; i < document.getProjects().size(); i++) {
            Project project = document.getProjects().get(i);
            List<Finding> own = projectFindings(document, findings, i);
            placed.addAll(own);
            projects.add(project(document, project, results.get(i), published.projects().get(i), own));
        }
        List<ReportTable> documentTables = new ArrayList<>();
        for (AssociationKey key : CostSharing.associationKeys(document)) {
            documentTables.add(associationTable(document, key));
        }
        documentTables.addAll(new StructureTables(messages).tables(document));
        List<Finding> rest = findings.stream().filter(f -> !placed.contains(f)).collect(Collectors.toList());
        if (!rest.isEmpty()) {
            documentTables.add(findingTable(messages.text("report.findings.document"), rest));
        }
        return new Report(messages.locale().getLanguage(), messages.text("report.title"),
            messages.text("report.subtitle", source, document.getProjects().size(),
                count(disclosure.hidesAlone(document.getParticipants().size()) ? DisclosedCell.hidden()
                    : DisclosedCell.shown(document.getParticipants().size()))),
            projects, documentTables, messages.text("report.disclosure", disclosure.minimum() - 1,
                DisclosureControl.DEFAULT_MARKER));
    }

    private ProjectReport project(SamverkanDocument document, Project project, ProjectResult result,
        PublishedProject shown, List<Finding> findings) {
        ParticipantSummary summary = result.participants();
        List<String[]> facts = new ArrayList<>();
        facts.add(fact("report.kind", messages.label(project.getKind()) + ", "
            + messages.label(project.getOrientation()).toLowerCase(messages.locale())));
        facts.add(fact("report.owner", name(document, project.getOwner())));
        facts.add(fact("report.financiers", names(document, project.getFinanciers())));
        facts.add(fact("report.partners", names(document, project.getPartners())));
        facts.add(fact("report.period", project.getPeriod().getStart() + " – " + project.getPeriod().getEnd()));
        facts.add(fact("report.asOf", result.window().period().getStart() + " – " + result.window().period().getEnd()
            + ", " + messages.text("report.asOfDate", result.window().asOf())));
        IntRange ages = project.getTargetGroup().getAgeRange();
        facts.add(fact("report.targetAge", messages.text("report.years", ages.getMin(), ages.getMax())));
        duration(facts, "report.meanDuration", shown.meanDurationDays());
        duration(facts, "report.medianDuration", shown.medianDurationDays());

        List<ReportTable> tables = new ArrayList<>();
        tables.add(countTable(messages.text("report.participants"), List.of(
            messages.text("report.started"), messages.text("report.ended"), messages.text("report.ongoing"),
            messages.text("report.distinct")),
            List.of(shown.started(), shown.ended(), shown.ongoing(), shown.distinctPersons())));
        boolean anyParticipation = summary.started() + summary.ended() + summary.ongoing() > 0;
        if (anyParticipation) {
            tables.add(countTable(messages.text("report.byGender"), shown.startedByGender(), messages::label));
            tables.add(countTable(messages.text("report.byAge"), shown.startedByAgeBand(), this::ageBand));
            tables.add(countTable(messages.text("report.byOutcome"), shown.endedByOutcome(), messages::label));
            tables.add(countTable(messages.text("report.byGroup"), shown.endedByGroup(), messages::label));
        }

        List<GoalBar> goalBars = new ArrayList<>();
        List<List<String>> goalRows = new ArrayList<>();
        for (PublishedGoal goal : shown.goals()) {
            Goal definition = project.getGoals().stream().filter(g -> g.getId().equals(goal.goalId())).findFirst()
                .orElseThrow();
            goalRows.add(goalRow(definition, goal));
            goalBars.add(goalBar(definition, goal));
            if (!goal.breakdown().isEmpty()) {
                tables.add(breakdownTable(definition, goal));
            }
        }
        if (!goalRows.isEmpty()) {
            tables.add(1, new ReportTable(messages.text("report.goals"), List.of(messages.text("report.goal"),
                messages.text("report.target"), messages.text("report.actual"), messages.text("report.interval"),
                messages.text("report.numerator"), messages.text("report.denominator"),
                messages.text("report.attained")), goalRows, messages.text("report.goals.note")));
        }
        PublishedIncomeTransitions income = shown.incomeTransitions();
        if (anyParticipation) {
            tables.add(countTable(messages.text("report.income"), List.of(messages.text("report.income.recorded"),
                messages.text("report.income.atStart"), messages.text("report.income.atEnd"),
                messages.text("report.income.left")),
                List.of(income.recorded(), income.supportedAtStart(), income.supportedAtEnd(), income.leftSupport())));
        }

        int workOrStudies = summary.endedByGroup().getOrDefault(ReportGroup.WORK_OR_STUDIES, 0);
        ProjectCosts costs = CostSharing.projectCosts(project, summary.started(), workOrStudies);
        tables.addAll(costTables(document, costs, shown.unitCosts(costs.getUnitCosts())));
        CostAttribution attribution = CostSharing.attribution(document, project);
        List<Bar> shares = new ArrayList<>();
        List<List<String>> shareRows = new ArrayList<>();
        for (BorneCost borne : attribution.getByParty()) {
            String percent = attribution.getTotal().isZero() ? "–"
                : percent(borne.getAmount().toBigDecimal().multiply(HUNDRED)
                    .divide(attribution.getTotal().toBigDecimal(), 1, RoundingMode.HALF_EVEN));
            shares.add(new Bar(name(document, borne.getParty()), borne.getAmount().toBigDecimal(),
                kronor(borne.getAmount()) + " (" + percent + ")"));
            shareRows.add(List.of(name(document, borne.getParty()), messages.label(borne.getType()),
                kronor(borne.getAmount()), percent));
        }
        if (!attribution.getUnattributed().isZero()) {
            shareRows.add(List.of(messages.text("report.unattributed"), "", kronor(attribution.getUnattributed()), ""));
        }
        if (!shareRows.isEmpty()) {
            tables.add(new ReportTable(messages.text("report.borne"), List.of(messages.text("report.party"),
                messages.text("report.partyType"), messages.text("report.amount"), messages.text("report.share")),
                shareRows, messages.text("report.borne.note"), 2));
        }
        tables.add(findingTable(messages.text("report.findings"), findings));

        List<Bar> outcomeBars = new ArrayList<>();
        shown.endedByOutcome().forEach((outcome, cell) -> outcomeBars.add(new Bar(messages.label(outcome),
            cell.isHidden() ? null : BigDecimal.valueOf(cell.value().getAsInt()), count(cell))));
        boolean anyEnded = summary.ended() > 0;
        return new ProjectReport(project.getId(), project.getName(), facts, tables, goalBars,
            anyEnded ? outcomeBars : List.of(), shares, messages.text("report.borne"));
    }

    private List<String> goalRow(Goal goal, PublishedGoal result) {
        String interval = result.wilson95().text(disclosure.marker(), "–",
            w -> percent(w.lower()) + " – " + percent(w.upper()));
        return List.of(goal.getTitle(), target(goal.getTarget(), result.type()), actual(result), interval,
            result.numerator().text(disclosure.marker(), "–", String::valueOf),
            result.denominator().text(disclosure.marker(), "–", String::valueOf), attained(result.attained()));
    }

    /** A goal's chart row: a hidden actual or interval is not drawn, its text shows the marker. */
    private GoalBar goalBar(Goal goal, PublishedGoal result) {
        boolean share = result.type().isShare();
        BigDecimal actual = result.actual().value().orElse(null);
        if (result.type() == IndicatorType.REPORTED && actual == null && result.attained().isDecided()) {
            // A deliverable: drawn as done (at the target) or not done (zero).
            actual = result.attained().isAttained() ? goal.getTarget().getValue() : BigDecimal.ZERO;
        }
        String text = actual(result) + " / " + target(goal.getTarget(), result.type()) + " – "
            + attained(result.attained());
        return new GoalBar(goal.getTitle(), share, goal.getTarget().getValue(), goal.getTarget().getUpper().orElse(null),
            actual, result.wilson95().value().map(w -> w.lower()).orElse(null),
            result.wilson95().value().map(w -> w.upper()).orElse(null), result.attained().isDecided() ? result.attained().isAttained() : null, text);
    }

    private ReportTable breakdownTable(Goal goal, PublishedGoal result) {
        List<Gender> genders = new ArrayList<>();
        List<IntRange> bands = new ArrayList<>();
        for (PublishedBreakdownCell cell : result.breakdown()) {
            if (!genders.contains(cell.gender())) {
                genders.add(cell.gender());
            }
            if (!bands.contains(cell.ageBand())) {
                bands.add(cell.ageBand());
            }
        }
        Map<String, PublishedBreakdownCell> cells = new LinkedHashMap<>();
        for (PublishedBreakdownCell cell : result.breakdown()) {
            cells.putIfAbsent(cell.gender() + " " + cell.ageBand(), cell);
        }
        List<String> headers = new ArrayList<>();
        headers.add(messages.text("report.gender"));
        for (IntRange band : bands) {
            headers.add(messages.text("report.expectedIn", messages.text("report.years", band.getMin(), band.getMax())));
            headers.add(messages.text("report.actualIn", messages.text("report.years", band.getMin(), band.getMax())));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Gender gender : genders) {
            List<String> row = new ArrayList<>();
            row.add(messages.label(gender));
            for (IntRange band : bands) {
                PublishedBreakdownCell cell = cells.get(gender + " " + band);
                row.add(cell == null ? "–" : whole.format(cell.expected()));
                row.add(cell == null ? "–" : count(cell.actual()));
            }
            rows.add(row);
        }
        return new ReportTable(messages.text("report.breakdown", goal.getTitle()), headers, rows, null);
    }

    private List<ReportTable> costTables(SamverkanDocument document, ProjectCosts costs, PublishedUnitCosts unitCosts) {
        List<ReportTable> tables = new ArrayList<>();
        Financing budget = costs.getFinancing().getBudget();
        if (budget.getTotal().isZero() && costs.getEsf().isEmpty()) {
            return tables;
        }
        List<List<String>> years = new ArrayList<>();
        budget.getByYear().forEach((year, amount) -> years.add(List.of(String.valueOf(year), kronor(amount))));
        years.add(List.of(messages.text("report.total"), kronor(budget.getTotal())));
        tables.add(new ReportTable(messages.text("report.budgetByYear"),
            List.of(messages.text("report.year"), messages.text("report.amount")), years, null));
        List<List<String>> categories = new ArrayList<>();
        for (Map.Entry<CostCategory, Amount> category : budget.getByCategory().entrySet()) {
            if (category.getValue().isZero()) {
                continue;
            }
            categories.add(List.of(messages.label(category.getKey()), kronor(category.getValue())));
        }
        tables.add(new ReportTable(messages.text("report.budgetByCategory"),
            List.of(messages.text("report.category"), messages.text("report.amount")), categories, null));
        List<List<String>> funders = new ArrayList<>();
        for (FunderShare funder : budget.getByFunder()) {
            funders.add(List.of(name(document, funder.getParty()), kronor(funder.getAmount()),
                funder.getPercent().map(this::percent).orElse("–")));
        }
        if (!budget.getUnattributed().isZero()) {
            funders.add(List.of(messages.text("report.unattributed"), kronor(budget.getUnattributed()), ""));
        }
        tables.add(new ReportTable(messages.text("report.byFunder"), List.of(messages.text("report.funder"),
            messages.text("report.amount"), messages.text("report.share")), funders, null));
        List<List<String>> unit = new ArrayList<>();
        unit.add(List.of(messages.text("report.perStarted"),
            unitCosts.perStartedParticipant().text(disclosure.marker(), "–", this::kronor)));
        unit.add(List.of(messages.text("report.perWorkOrStudies"),
            unitCosts.perWorkOrStudies().text(disclosure.marker(), "–", this::kronor)));
        costs.getEsf().ifPresent(esf -> {
            unit.add(List.of(messages.text("report.esf.granted"), kronor(esf.getGrantedSupport())));
            unit.add(List.of(messages.text("report.esf.union", percent(esf.getUnionCoFinancingRate().multiply(HUNDRED)
                .setScale(1, RoundingMode.HALF_EVEN))), kronor(esf.getUnionPart())));
            unit.add(List.of(messages.text("report.esf.national"), kronor(esf.getNationalPart())));
        });
        tables.add(new ReportTable(messages.text("report.unitCosts"),
            List.of(messages.text("report.measure"), messages.text("report.amount")), unit, null));
        return tables;
    }

    private ReportTable associationTable(SamverkanDocument document, AssociationKey key) {
        List<String> headers = new ArrayList<>();
        headers.add(messages.text("report.member"));
        List<AssociationYear> years = key.getYears();
        for (AssociationYear year : years) {
            headers.add(String.valueOf(year.getYear()));
        }
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (int y = 0; y < years.size(); y++) {
            for (MemberShare share : years.get(y).getShares().orElse(List.of())) {
                List<String> row = rows.computeIfAbsent(share.getParty(), party -> {
                    List<String> cells = new ArrayList<>();
                    cells.add(name(document, party));
                    for (int i = 0; i < years.size(); i++) {
                        cells.add("–");
                    }
                    return cells;
                });
                row.set(y + 1, kronor(share.getAmount()));
            }
        }
        List<List<String>> table = new ArrayList<>(rows.values());
        List<String> total = new ArrayList<>();
        total.add(messages.text("report.total"));
        years.forEach(year -> total.add(kronor(year.getTotal())));
        table.add(total);
        String note = key.isComputable() ? messages.text("report.key.note") : messages.text("report.key.incomplete");
        return new ReportTable(messages.text("report.key", name(document, key.getAssociation())), headers, table, note);
    }

    private ReportTable findingTable(String caption, List<Finding> findings) {
        List<List<String>> rows = new ArrayList<>();
        for (Finding finding : findings) {
            rows.add(List.of(messages.text("severity." + finding.severity().name()), finding.rule().id(),
                Input.pointer(finding.path(), messages), finding.message(messages.locale())));
        }
        return new ReportTable(caption, List.of(messages.text("report.severity"), messages.text("report.rule"),
            messages.text("report.place"), messages.text("report.message")), rows,
            rows.isEmpty() ? messages.text("report.findings.none") : null, 4);
    }

    /** The findings about project {@code index}: under its pointer, or about its participations. */
    private static List<Finding> projectFindings(SamverkanDocument document, List<Finding> findings, int index) {
        String prefix = "/projects/" + index;
        String id = document.getProjects().get(index).getId();
        List<Finding> own = new ArrayList<>();
        for (Finding finding : findings) {
            String path = finding.path();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                own.add(finding);
            } else if (id.equals(participationProject(document, path))) {
                own.add(finding);
            }
        }
        return own;
    }

    private static String participationProject(SamverkanDocument document, String path) {
        String[] parts = path.split("/");
        if (parts.length < 5 || !parts[1].equals("participants") || !parts[3].equals("participations")) {
            return null;
        }
        try {
            int participant = Integer.parseInt(parts[2]);
            int participation = Integer.parseInt(parts[4]);
            return document.getParticipants().get(participant).getParticipations().get(participation).getProject();
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private ReportTable countTable(String caption, List<String> labels, List<DisclosedCell> counts) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(List.of(labels.get(i), count(counts.get(i))));
        }
        return new ReportTable(caption, List.of("", messages.text("report.count")), rows, null);
    }

    private <K> ReportTable countTable(String caption, Map<K, DisclosedCell> counts, Function<K, String> label) {
        return countTable(caption, counts.keySet().stream().map(label).collect(Collectors.toList()),
            new ArrayList<>(counts.values()));
    }

    private void duration(List<String[]> facts, String key, PublishedFigure<BigDecimal> days) {
        if (days.isHidden() || days.value().isPresent()) {
            facts.add(fact(key, days.text(disclosure.marker(), "–", d -> messages.text("report.days", decimal.format(d)))));
        }
    }

    /** A published count as printed: the number, or the marker when hidden. */
    private String count(DisclosedCell cell) {
        return cell.text(disclosure.marker());
    }

    private String target(Target target, IndicatorType type) {
        String unit = type.isShare() ? " %" : "";
        switch (target.getComparator()) {
            case AT_LEAST:
                return "≥ " + number(target.getValue()) + unit;
            case AT_MOST:
                return "≤ " + number(target.getValue()) + unit;
            default:
                return number(target.getValue()) + "–" + number(target.getUpper().orElse(target.getValue())) + unit;
        }
    }

    private String actual(PublishedGoal result) {
        return result.actual().text(disclosure.marker(), "–", a -> result.type().isShare() ? percent(a) : number(a));
    }

    private String attained(Attainment attained) {
        return messages.text(attained.isDecided() ? attained.isAttained() ? "report.yes" : "report.no" : "report.unknown");
    }

    private String ageBand(String key) {
        return key.equals(AgeBands.UNKNOWN) ? messages.text("report.ageUnknown") : key.replace('-', '–');
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    private String percent(BigDecimal value) {
        return decimal.format(value) + " %";
    }

    private String kronor(Amount amount) {
        return money.format(amount.toBigDecimal()) + " " + messages.text("report.currency");
    }

    private String[] fact(String key, String value) {
        return new String[] {messages.text(key), value};
    }

    private static String name(SamverkanDocument document, String id) {
        return document.getParties().stream().filter(p -> p.getId().equals(id)).map(Party::getName).findFirst()
            .orElse(id);
    }

    private static String names(SamverkanDocument document, List<String> ids) {
        return ids.isEmpty() ? "–" : ids.stream().map(id -> name(document, id)).collect(Collectors.joining(", "));
    }
}

package se.samverkan.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import se.samverkan.metrics.series.PeriodLength;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.ReportGroup;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.project.Project;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.time.Period;

/**
 * Builds the human report of a document (docs/cli.md, docs/metrics.md): a header naming the förbund and the
 * period, the overview of the insatser with totals, then per insats the participant summary, goal
 * attainment, income transitions, started and ended per tertial, budget against outcome per year, cost
 * sharing, the ESF split and findings; the förbund keys. Sections without content are left out, and a
 * figure that does not apply reads "not applicable" rather than 0. Every participant figure
 * (counts, shares, intervals, durations, unit costs) is taken from the project's {@link PublishedProject}, so
 * a figure that view hides is printed as the marker and never drawn in a chart.
 */
final class ReportBuilder {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Messages messages;
    private final DisclosureControl disclosure = DisclosureControl.defaults();
    private final ReportFormats formats;

    ReportBuilder(Messages messages) {
        this.messages = messages;
        this.formats = new ReportFormats(messages, disclosure);
    }

    Report build(SamverkanDocument document, String source, List<Finding> findings) {
        return build(document, source, findings, ReportOptions.defaults());
    }

    /**
     * The report of the insatser {@code options} selects, measured over its window.
     *
     * @throws IllegalArgumentException if {@code options} names an insats the document does not have
     */
    Report build(SamverkanDocument document, String source, List<Finding> findings, ReportOptions options) {
        List<ProjectResult> results = ProjectMetrics.of(options.scope()).compute(document);
        PublishedMetrics published = PublishedMetrics.of(document, results, disclosure);
        List<Project> measured = PublishedMetrics.projectsOf(document, results);
        List<ProjectReport> projects = new ArrayList<>();
        List<OverviewTable.Row> overview = new ArrayList<>();
        List<Project> reported = new ArrayList<>();
        List<Finding> placed = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            Project project = measured.get(i);
            List<Finding> own = projectFindings(document, findings, i);
            placed.addAll(own);
            if (options.project().isPresent() && !options.project().get().equals(project.getId())) {
                continue;
            }
            reported.add(project);
            projects.add(project(document, project, results.get(i), published.projects().get(i),
                options.findings() ? own : List.of(), options, overview));
        }
        if (reported.isEmpty() && options.project().isPresent()) {
            throw new IllegalArgumentException("no project " + options.project().get());
        }
        List<ReportTable> overviewTables = new ArrayList<>();
        if (!overview.isEmpty()) {
            overviewTables.add(new OverviewTable(messages, formats, disclosure).table(overview));
        }
        new BudgetTable(messages, formats).together(overview.stream().map(OverviewTable.Row::financing).toList())
            .ifPresent(overviewTables::add);
        List<ReportTable> documentTables = new ArrayList<>();
        for (AssociationKey key : CostSharing.of(options.scope()).keys(document)) {
            if (!key.years().isEmpty()) {
                documentTables.add(associationTable(document, key));
            }
        }
        documentTables.addAll(new StructureTables(messages).tables(document));
        List<Finding> rest = findings.stream().filter(f -> !placed.contains(f)).collect(Collectors.toList());
        if (!rest.isEmpty() && options.findings() && options.project().isEmpty()) {
            documentTables.add(findingTable(messages.text("report.findings.document"), rest));
        }
        List<String> forbund = associations(document, reported);
        String title = forbund.isEmpty() ? messages.text("report.title")
            : messages.text("report.title.of", messages.text("report.title"), String.join(", ", forbund));
        Set<String> reportedIds = reported.stream().map(Project::getId).collect(Collectors.toSet());
        int participants = (int) document.getParticipants().stream().filter(p -> p.getParticipations().stream()
            .anyMatch(taking -> reportedIds.contains(taking.getProject()))).count();
        return new Report(messages.locale().getLanguage(), title,
            messages.text("report.header", period(reported, options), source, reported.size(),
                (disclosure.hidesAlone(participants) ? DisclosedCell.hidden() : DisclosedCell.shown(participants))
                    .text(disclosure.marker())),
            overviewTables, projects, documentTables, messages.text("report.disclosure", disclosure.minimum() - 1,
                DisclosureControl.DEFAULT_MARKER));
    }

    /** The förbund behind the reported insatser (financiers, then owners, then partners), by name. */
    private static List<String> associations(SamverkanDocument document, List<Project> projects) {
        Set<String> ids = new LinkedHashSet<>();
        projects.forEach(p -> ids.addAll(p.getFinanciers()));
        projects.forEach(p -> ids.add(p.getOwner()));
        projects.forEach(p -> ids.addAll(p.getPartners()));
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            document.getParties().stream()
                .filter(p -> p.getId().equals(id) && p.getType() == PartyType.COORDINATION_ASSOCIATION)
                .findFirst().ifPresent(p -> names.add(p.getName()));
        }
        return names;
    }

    /** The period the report covers: the given measurement period, else the reported insatser's together. */
    private String period(List<Project> projects, ReportOptions options) {
        Period period = options.scope().period().orElseGet(() -> projects.isEmpty() ? null : Period.of(
            projects.stream().map(p -> p.getPeriod().getStart()).min(LocalDate::compareTo).orElseThrow(),
            projects.stream().map(p -> p.getPeriod().getEnd()).max(LocalDate::compareTo).orElseThrow()));
        if (period == null) {
            return "–";
        }
        String text = period.getStart() + " – " + period.getEnd();
        return options.scope().asOfDate().map(d -> text + ", " + messages.text("report.asOfDate", d)).orElse(text);
    }

    /** Whether participant figures apply: an insats aimed at individuals, or any that has participants. */
    private static boolean countsParticipants(Project project, ParticipantSummary summary) {
        return project.getOrientation() == Orientation.INDIVIDUAL
            || summary.started() + summary.ended() + summary.ongoing() > 0;
    }

    private ProjectReport project(SamverkanDocument document, Project project, ProjectResult result,
        PublishedProject shown, List<Finding> findings, ReportOptions options, List<OverviewTable.Row> overview) {
        ParticipantSummary summary = result.participants();
        boolean counts = countsParticipants(project, summary);
        boolean personLevel = project.getMeasurement() == Measurement.PERSON_LEVEL;
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
        boolean anyParticipation = summary.started() + summary.ended() + summary.ongoing() > 0;
        if (counts) {
            tables.add(countTable(messages.text("report.participants"), List.of(
                messages.text("report.started"), messages.text("report.ended"), messages.text("report.ongoing"),
                messages.text("report.distinct")), List.of(formats.count(shown.started()),
                    personLevel ? formats.count(shown.ended()) : formats.na(),
                    personLevel ? formats.count(shown.ongoing()) : formats.na(),
                    personLevel ? formats.count(shown.distinctPersons()) : formats.na())));
        }
        if (anyParticipation) {
            tables.add(countTable(messages.text("report.byGender"), shown.startedByGender(), messages::label));
        }
        if (anyParticipation && personLevel) {
            tables.add(countTable(messages.text("report.byAge"), shown.startedByAgeBand(), this::ageBand));
            tables.add(countTable(messages.text("report.byOutcome"), shown.endedByOutcome(), messages::label));
            tables.add(countTable(messages.text("report.byGroup"), shown.endedByGroup(), messages::label));
        }

        List<GoalBar> goalBars = new ArrayList<>();
        List<List<ReportCell>> goalRows = new ArrayList<>();
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
            tables.add(counts ? 1 : 0, ReportTable.ofCells(messages.text("report.goals"),
                List.of(messages.text("report.goal"), messages.text("report.target"), messages.text("report.actual"),
                    messages.text("report.interval"), messages.text("report.numerator"),
                    messages.text("report.denominator"), messages.text("report.attained")),
                goalRows, messages.text("report.goals.note"), 1));
        }
        PublishedIncomeTransitions income = shown.incomeTransitions();
        if (anyParticipation && personLevel) {
            tables.add(countTable(messages.text("report.income"), List.of(messages.text("report.income.recorded"),
                messages.text("report.income.atStart"), messages.text("report.income.atEnd"),
                messages.text("report.income.left")), List.of(formats.count(income.recorded()),
                    formats.count(income.supportedAtStart()), formats.count(income.supportedAtEnd()),
                    formats.count(income.leftSupport()))));
        }
        if (counts && personLevel) {
            tertialTable(document, project, result).ifPresent(tables::add);
        }

        CostSharing costSharing = CostSharing.of(options.scope());
        ProjectCosts costs = costSharing.projectCosts(project, result);
        PublishedUnitCosts unitCosts = shown.unitCosts(costs.unitCosts());
        tables.addAll(costTables(document, project, costs, unitCosts, counts));
        CostAttribution attribution = costSharing.costAttribution(document, project);
        List<Bar> shares = new ArrayList<>();
        List<List<ReportCell>> shareRows = new ArrayList<>();
        for (BorneCost borne : attribution.byParty()) {
            ReportCell percent = attribution.total().isZero() ? formats.na()
                : formats.percent(borne.amount().toBigDecimal().multiply(HUNDRED)
                    .divide(attribution.total().toBigDecimal(), 1, RoundingMode.HALF_EVEN));
            shares.add(new Bar(name(document, borne.party()), borne.amount().toBigDecimal(),
                formats.kronorText(borne.amount()) + " (" + percent.text() + ")"));
            shareRows.add(List.of(ReportCell.text(name(document, borne.party())),
                ReportCell.text(messages.label(borne.type())), formats.kronor(borne.amount()), percent));
        }
        if (!attribution.unattributed().isZero()) {
            shareRows.add(List.of(ReportCell.text(messages.text("report.unattributed")), ReportCell.text(""),
                formats.kronor(attribution.unattributed()), ReportCell.text("")));
        }
        if (!shareRows.isEmpty()) {
            tables.add(ReportTable.ofCells(messages.text("report.borne"), List.of(messages.text("report.party"),
                messages.text("report.partyType"), messages.text("report.amount"), messages.text("report.share")),
                shareRows, messages.text("report.borne.note"), 2));
        }
        if (!findings.isEmpty()) {
            tables.add(findingTable(messages.text("report.findings"), findings));
        }

        overview.add(new OverviewTable.Row(project, shown, unitCosts, counts, counts && personLevel,
            summary.started(), summary.ended(), costs.financing()));

        List<Bar> outcomeBars = new ArrayList<>();
        shown.endedByOutcome().forEach((outcome, cell) -> outcomeBars.add(countBar(messages.label(outcome), cell)));
        boolean anyEnded = summary.ended() > 0 && personLevel;
        return new ProjectReport(project.getId(), project.getName(), facts, tables, goalBars,
            anyEnded ? outcomeBars : List.of(), shares, messages.text("report.borne"));
    }

    /** Started and ended per tertial of the window, as a table and a chart; empty when the window has none. */
    private Optional<ReportTable> tertialTable(SamverkanDocument document, Project project, ProjectResult result) {
        TertialCounts tertials = TertialCounts.of(document, project, result, disclosure);
        if (tertials.tertials.isEmpty()) {
            return Optional.empty();
        }
        List<List<ReportCell>> rows = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<List<Bar>> bars = new ArrayList<>();
        for (int t = 0; t < tertials.tertials.size(); t++) {
            LocalDate start = tertials.tertials.get(t).period().getStart();
            String label = messages.text("report.tertial." + PeriodLength.TERTIAL.indexInYear(start),
                String.valueOf(start.getYear()));
            DisclosedCell started = tertials.started.get(t);
            DisclosedCell ended = tertials.ended.get(t);
            rows.add(List.of(ReportCell.text(label), formats.count(started), formats.count(ended)));
            groups.add(label);
            bars.add(List.of(countBar(messages.text("report.tertials.started"), started),
                countBar(messages.text("report.tertials.ended"), ended)));
        }
        String caption = messages.text("report.tertials");
        return Optional.of(ReportTable.ofCells(caption, List.of(messages.text("report.tertial"),
            messages.text("report.tertials.started"), messages.text("report.tertials.ended")), rows,
            messages.text("report.tertials.note"), 1)
            .withFigure(new ReportFigure(caption, SvgChart.grouped(caption + ": " + project.getName(), groups, bars,
                messages.text("report.tertials.legend")))));
    }

    /** A chart bar of a published count: not drawn when hidden. */
    private Bar countBar(String label, DisclosedCell cell) {
        return new Bar(label, cell.isHidden() ? null : BigDecimal.valueOf(cell.value().getAsInt()), count(cell));
    }

    private List<ReportCell> goalRow(Goal goal, PublishedGoal result) {
        String interval = result.wilson95().text(disclosure.marker(), formats.notApplicable(),
            w -> percent(w.lower()) + " – " + percent(w.upper()));
        ReportCell actual;
        if (result.actual().isHidden()) {
            actual = ReportCell.hidden(disclosure.marker());
        } else if (result.actual().value().isEmpty()) {
            actual = formats.na();
        } else {
            BigDecimal value = result.actual().value().get();
            actual = result.type().isShare()
                ? formats.percent(value.setScale(1, RoundingMode.HALF_EVEN))
                : ReportCell.figure(value.stripTrailingZeros().scale() <= 0 ? ReportCell.Kind.COUNT
                    : ReportCell.Kind.DECIMAL, value, actual(result));
        }
        return List.of(ReportCell.text(goal.getTitle()), ReportCell.text(target(goal.getTarget(), result.type())),
            actual, interval.equals(disclosure.marker()) ? ReportCell.hidden(interval) : ReportCell.text(interval),
            goalCount(result.numerator()), goalCount(result.denominator()),
            ReportCell.text(attained(result.attained())));
    }

    /** A goal's numerator or denominator: the count, the marker, or "not applicable" when it has none. */
    private ReportCell goalCount(PublishedFigure<Integer> count) {
        if (count.isHidden()) {
            return ReportCell.hidden(disclosure.marker());
        }
        return count.value().map(formats::count).orElseGet(formats::na);
    }

    /** A goal's chart row: a hidden actual or interval is not drawn, its text shows the marker. */
    private GoalBar goalBar(Goal goal, PublishedGoal result) {
        boolean share = result.type().isShare();
        BigDecimal actual = result.actual().value().orElse(null);
        if (result.type() == IndicatorType.REPORTED && actual == null && result.attained().isDecided()) {
            // A deliverable: drawn as done (at the target) or not done (zero).
            actual = result.attained().isAttained() ? goal.getTarget().getValue() : BigDecimal.ZERO;
        }
        // A figure without an actual value (a deliverable) shows its target and attainment only.
        String text = (result.actual().isHidden() || result.actual().value().isPresent() ? actual(result) + " / " : "")
            + target(goal.getTarget(), result.type()) + " – " + attained(result.attained());
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
        List<List<ReportCell>> rows = new ArrayList<>();
        for (Gender gender : genders) {
            List<ReportCell> row = new ArrayList<>();
            row.add(ReportCell.text(messages.label(gender)));
            for (IntRange band : bands) {
                PublishedBreakdownCell cell = cells.get(gender + " " + band);
                row.add(cell == null ? ReportCell.text("–") : formats.count(cell.expected()));
                row.add(cell == null ? ReportCell.text("–") : formats.count(cell.actual()));
            }
            rows.add(row);
        }
        return ReportTable.ofCells(messages.text("report.breakdown", goal.getTitle()), headers, rows, null, 1);
    }

    private List<ReportTable> costTables(SamverkanDocument document, Project project, ProjectCosts costs,
        PublishedUnitCosts unitCosts, boolean counts) {
        List<ReportTable> tables = new ArrayList<>();
        Financing budget = costs.financing().budget();
        Optional<Financing> outcome = costs.financing().outcome();
        if (budget.hasLines() || outcome.isPresent()) {
            tables.add(new BudgetTable(messages, formats).of(project.getName(), budget, outcome));
        }
        List<List<ReportCell>> categories = new ArrayList<>();
        for (Map.Entry<CostCategory, Amount> category : budget.byCategory().entrySet()) {
            if (!category.getValue().isZero()) {
                categories.add(List.of(ReportCell.text(messages.label(category.getKey())),
                    formats.kronor(category.getValue())));
            }
        }
        if (!categories.isEmpty()) {
            tables.add(ReportTable.ofCells(messages.text("report.budgetByCategory"),
                List.of(messages.text("report.category"), messages.text("report.amount")), categories, null, 1));
        }
        List<List<ReportCell>> funders = new ArrayList<>();
        for (FunderShare funder : budget.byFunder()) {
            funders.add(List.of(ReportCell.text(name(document, funder.party())), formats.kronor(funder.amount()),
                funder.percent().map(formats::percent).orElseGet(formats::na)));
        }
        if (!budget.unattributed().isZero()) {
            funders.add(List.of(ReportCell.text(messages.text("report.unattributed")),
                formats.kronor(budget.unattributed()), ReportCell.text("")));
        }
        if (!funders.isEmpty()) {
            tables.add(ReportTable.ofCells(messages.text("report.byFunder"), List.of(messages.text("report.funder"),
                messages.text("report.amount"), messages.text("report.share")), funders, null, 1));
        }
        if (counts) {
            tables.add(ReportTable.ofCells(messages.text("report.unitCosts"),
                List.of(messages.text("report.measure"), messages.text("report.amount")), List.of(
                    List.of(ReportCell.text(messages.text("report.perStarted")),
                        formats.kronor(unitCosts.perStartedParticipant())),
                    List.of(ReportCell.text(messages.text("report.perWorkOrStudies")),
                        formats.kronor(unitCosts.perWorkOrStudies()))), null, 1));
        }
        costs.esf().ifPresent(esf -> tables.add(ReportTable.ofCells(messages.text("report.esf"),
            List.of(messages.text("report.measure"), messages.text("report.amount")), List.of(
                List.of(ReportCell.text(messages.text("report.esf.granted")), formats.kronor(esf.grantedSupport())),
                List.of(ReportCell.text(messages.text("report.esf.union", percent(esf.unionCoFinancingRate()
                    .multiply(HUNDRED).setScale(1, RoundingMode.HALF_EVEN)))), formats.kronor(esf.unionPart())),
                List.of(ReportCell.text(messages.text("report.esf.national")), formats.kronor(esf.nationalPart()))),
            messages.text("report.esf.note"), 1)));
        return tables;
    }

    private ReportTable associationTable(SamverkanDocument document, AssociationKey key) {
        List<String> headers = new ArrayList<>();
        headers.add(messages.text("report.member"));
        List<AssociationYear> years = key.years();
        for (AssociationYear year : years) {
            headers.add(String.valueOf(year.year()));
        }
        Map<String, List<ReportCell>> rows = new LinkedHashMap<>();
        for (int y = 0; y < years.size(); y++) {
            for (MemberShare share : years.get(y).shares().orElse(List.of())) {
                List<ReportCell> row = rows.computeIfAbsent(share.party(), party -> {
                    List<ReportCell> cells = new ArrayList<>();
                    cells.add(ReportCell.text(name(document, party)));
                    for (int i = 0; i < years.size(); i++) {
                        cells.add(ReportCell.text("–"));
                    }
                    return cells;
                });
                row.set(y + 1, formats.kronor(share.amount()));
            }
        }
        List<List<ReportCell>> table = new ArrayList<>(rows.values());
        List<ReportCell> total = new ArrayList<>();
        total.add(ReportCell.text(messages.text("report.total")));
        years.forEach(year -> total.add(formats.kronor(year.total())));
        table.add(total);
        String note = key.isComputable() ? messages.text("report.key.note") : messages.text("report.key.incomplete");
        return ReportTable.ofCells(messages.text("report.key", name(document, key.association())), headers, table,
            note, 1);
    }

    private ReportTable findingTable(String caption, List<Finding> findings) {
        List<List<String>> rows = new ArrayList<>();
        for (Finding finding : findings) {
            rows.add(List.of(messages.text("severity." + finding.severity().name()), finding.rule().id(),
                Input.pointer(finding.path(), messages), finding.message(messages.locale())));
        }
        return new ReportTable(caption, List.of(messages.text("report.severity"), messages.text("report.rule"),
            messages.text("report.place"), messages.text("report.message")), rows,
            null, 4);
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

    private ReportTable countTable(String caption, List<String> labels, List<ReportCell> counts) {
        List<List<ReportCell>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(List.of(ReportCell.text(labels.get(i)), counts.get(i)));
        }
        return ReportTable.ofCells(caption, List.of("", messages.text("report.count")), rows, null, 1);
    }

    private <K> ReportTable countTable(String caption, Map<K, DisclosedCell> counts, Function<K, String> label) {
        return countTable(caption, counts.keySet().stream().map(label).collect(Collectors.toList()),
            counts.values().stream().map(formats::count).collect(Collectors.toList()));
    }

    private void duration(List<String[]> facts, String key, PublishedFigure<BigDecimal> days) {
        if (days.isHidden() || days.value().isPresent()) {
            facts.add(fact(key, days.text(disclosure.marker(), formats.notApplicable(),
                d -> messages.text("report.days", formats.decimalText(d)))));
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
        return result.actual().text(disclosure.marker(), formats.notApplicable(),
            a -> result.type().isShare() ? percent(a) : number(a));
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
        return formats.percentText(value);
    }

    private String kronor(Amount amount) {
        return formats.kronorText(amount);
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

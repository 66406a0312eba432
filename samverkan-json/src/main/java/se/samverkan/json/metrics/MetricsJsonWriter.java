package se.samverkan.json.metrics;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

import se.samverkan.metrics.DocumentMetrics;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMeasurement;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.costs.AssociationKey;
import se.samverkan.metrics.costs.AssociationYear;
import se.samverkan.metrics.costs.EsfSplit;
import se.samverkan.metrics.costs.Financing;
import se.samverkan.metrics.costs.FunderShare;
import se.samverkan.metrics.costs.MemberShare;
import se.samverkan.metrics.costs.ProjectCosts;
import se.samverkan.metrics.disclosure.DisclosedCell;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.disclosure.PublishedBreakdownCell;
import se.samverkan.metrics.disclosure.PublishedFigure;
import se.samverkan.metrics.disclosure.PublishedGoal;
import se.samverkan.metrics.disclosure.PublishedMetrics;
import se.samverkan.metrics.disclosure.PublishedProject;
import se.samverkan.metrics.disclosure.PublishedUnitCosts;
import se.samverkan.metrics.goals.WilsonInterval;
import se.samverkan.metrics.series.MetricsSeries;
import se.samverkan.metrics.series.SeriesEntry;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.problem.Position;
import se.samverkan.model.problem.Problem;
import se.samverkan.model.time.Period;

/**
 * The writer of the metrics output (<i>nyckeltal</i>, docs/cli.md): it writes down a measured
 * {@link DocumentMetrics} — for each project its participant summary, goal attainment, income transitions and
 * costs, then each förbund's key per funding year, then (only when the document has cooperation groups) the
 * structure figures, then the reporting-rule findings — or a {@link MetricsSeries} ({@code metrics --by}).
 * It computes nothing: every figure comes from the value.
 *
 * <p>Guarantees, as docs/cli.md fixes them: every key is always present, in the order of the
 * specification; counts are JSON integers; money is a string with exactly two decimals; percents and
 * durations are strings with one decimal (rounded half-even by the metrics); a goal's {@code actual} is a
 * share with one decimal, a count as a whole number, a reported number as written, or {@code null};
 * {@code target} and {@code upper} are the target as written; undefined values are {@code null}.
 * Each project object starts with its id, name, the measurement period used and its as-of date. Costs
 * cover the budget and outcome lines of the years the measurement period touches (all years for the
 * default scope): by year, by category (only the categories that have lines) and by funder; the four
 * outcome figures are {@code null} together when no outcome line lies in those years. Each finding has its
 * message in the language asked for and the line and column of its place ({@code null} when not known). The output is pretty-printed UTF-8.
 *
 * <p>The published view ({@code metrics --disclosed}, see {@code docs/metrics.md}) is the same document
 * with every figure that {@link PublishedProject} hides written as {@code null} (the value's
 * {@link DocumentMetrics#disclosureMinimum()} is then present), and a last top-level
 * {@code "disclosure"} object: the minimum, and the JSON Pointers of the replaced values in output order
 * (hidden zeros included; figures that are {@code null} anyway are not listed).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MetricsJsonWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private MetricsJsonWriter() {
    }

    /**
     * A writer of the metrics output.
     *
     * @return a writer, never null
     */
    public static MetricsJsonWriter create() {
        return new MetricsJsonWriter();
    }

    /**
     * Writes the metrics output of a document: its projects, förbund keys, structures (when it has groups)
     * and findings, and, for the published view, the {@code "disclosure"} object last.
     *
     * @param metrics  the metrics, not null
     * @param language the language of the findings' messages (English for an English locale, else Swedish),
     *                 not null
     * @param out      where the UTF-8 JSON goes; it is flushed, not closed; not null
     * @throws NullPointerException if an argument is null
     * @throws tools.jackson.core.JacksonException if writing to {@code out} fails
     */
    public void write(DocumentMetrics metrics, Locale language, OutputStream out) {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(language, "language");
        document(out, (json, suppressed) -> {
            projects(json, metrics.projects(), new Suppressed(suppressed, ""));
            json.writeName("associations");
            json.writeStartArray();
            for (AssociationKey key : metrics.associations()) {
                association(json, key);
            }
            json.writeEndArray();
            StructuresOutput.write(json, metrics.structures());
            findingsAndDisclosure(json, metrics.findings(), language, metrics.disclosureMinimum(), suppressed);
        });
    }

    /**
     * Writes the series output of a document ({@code metrics --by}): the period length, each period with
     * its as-of date and the project objects of the plain output (with {@code "costs": null} in periods
     * shorter than a year), the findings, and, for the published view, the {@code "disclosure"} object last,
     * with pointers such as {@code /series/0/projects/1/participants/started}.
     *
     * @param series   the series, not null
     * @param language the language of the findings' messages, not null
     * @param out      where the UTF-8 JSON goes; it is flushed, not closed; not null
     * @throws NullPointerException if an argument is null
     * @throws tools.jackson.core.JacksonException if writing to {@code out} fails
     */
    public void write(MetricsSeries series, Locale language, OutputStream out) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(language, "language");
        document(out, (json, suppressed) -> {
            json.writeStringProperty("by", series.by().name());
            json.writeName("series");
            json.writeStartArray();
            for (int i = 0; i < series.entries().size(); i++) {
                SeriesEntry entry = series.entries().get(i);
                json.writeStartObject();
                period(json, entry.period());
                json.writeStringProperty("asOf", entry.asOf().toString());
                projects(json, entry.projects(), new Suppressed(suppressed, "/series/" + i));
                json.writeEndObject();
            }
            json.writeEndArray();
            findingsAndDisclosure(json, series.findings(), language, series.disclosureMinimum(), suppressed);
        });
    }

    /**
     * One output document: its first key, the body, and the end. The body collects the pointers of the values
     * it hides in the list it is given.
     */
    private static void document(OutputStream out, BiConsumer<JsonGenerator, List<String>> body) {
        Objects.requireNonNull(out, "out");
        try (JsonGenerator json = FACTORY.createGenerator(new PrettyContext(), out)) {
            json.writeStartObject();
            json.writeStringProperty("schemaVersion", SamverkanDocument.SCHEMA_VERSION);
            body.accept(json, new ArrayList<>());
            json.writeEndObject();
        }
    }

    /**
     * Writes the metrics output of a document.
     *
     * @param header   the document's parties, associations and projects (its participants are not read),
     *                 not null
     * @param results  the participant metrics of the projects to write, in output order, not null
     * @param scope    the scope the results were computed over; its period (when given) also limits the
     *                 budget years, not null
     * @param findings the reporting-rule findings to list, in order, not null
     * @param out      where the UTF-8 JSON goes; it is flushed, not closed; not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a result names a project that is not in {@code header}
     * @throws tools.jackson.core.JacksonException if writing to {@code out} fails
     * @deprecated measure with {@link se.samverkan.metrics.DocumentMeasurement} and write the value with
     *     {@link #write(DocumentMetrics, Locale, OutputStream)}; this writer no longer computes
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public void write(SamverkanDocument header, List<ProjectResult> results, MeasurementScope scope,
        List<MetricsFinding> findings, OutputStream out) {
        Objects.requireNonNull(results, "results");
        write(LegacyMetrics.of(header, results,
            PublishedMetrics.of(header, results, DisclosureControl.defaults().withMinimum(1)), scope, findings,
            false), Locale.ROOT, out);
    }

    /**
     * Writes the published view of a document's metrics ({@code metrics --disclosed}): every figure the view
     * hides is {@code null}, and the top-level {@code "disclosure"} object lists them.
     *
     * @param header    the document's parties, associations and projects, not null
     * @param results   the exact participant metrics of the projects to write, in output order, not null
     * @param published the published view of {@code results}, project for project, not null
     * @param scope     the scope the results were computed over, not null
     * @param findings  the reporting-rule findings to list, in order, not null
     * @param out       where the UTF-8 JSON goes; it is flushed, not closed; not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a result names a project that is not in {@code header}, or the
     *     view is not of {@code results}
     * @throws tools.jackson.core.JacksonException if writing to {@code out} fails
     * @deprecated measure with {@code DocumentMeasurement.disclosed(control)} and write the value with
     *     {@link #write(DocumentMetrics, Locale, OutputStream)}; this writer no longer computes
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public void writePublished(SamverkanDocument header, List<ProjectResult> results, PublishedMetrics published,
        MeasurementScope scope, List<MetricsFinding> findings, OutputStream out) {
        write(LegacyMetrics.of(header, results, Objects.requireNonNull(published, "published"), scope, findings,
            true), Locale.ROOT, out);
    }

    private static void projects(JsonGenerator json, List<ProjectMeasurement> projects, Suppressed hidden) {
        json.writeName("projects");
        json.writeStartArray();
        for (int i = 0; i < projects.size(); i++) {
            project(json, projects.get(i), hidden.in("projects").in(String.valueOf(i)));
        }
        json.writeEndArray();
    }

    private static void findingsAndDisclosure(JsonGenerator json, List<Problem> findings, Locale language,
        OptionalInt disclosureMinimum, List<String> suppressed) {
        json.writeName("findings");
        json.writeStartArray();
        for (Problem finding : findings) {
            json.writeStartObject();
            json.writeStringProperty("rule", finding.id());
            json.writeStringProperty("severity", finding.severity().name());
            json.writeStringProperty("path", finding.pointer());
            json.writeStringProperty("message", finding.message(language));
            Position position = finding.position();
            json.writeName("line");
            writeNullable(json, position == null ? null : position.line());
            json.writeName("column");
            writeNullable(json, position == null ? null : position.column());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (disclosureMinimum.isPresent()) {
            json.writeName("disclosure");
            json.writeStartObject();
            json.writeNumberProperty("minimum", disclosureMinimum.getAsInt());
            json.writeName("suppressed");
            json.writeStartArray();
            for (String pointer : suppressed) {
                json.writeString(pointer);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void period(JsonGenerator json, Period period) {
        json.writeName("period");
        json.writeStartObject();
        json.writeStringProperty("start", period.getStart().toString());
        json.writeStringProperty("end", period.getEnd().toString());
        json.writeEndObject();
    }

    private static void project(JsonGenerator json, ProjectMeasurement project, Suppressed hidden) {
        PublishedProject shown = project.published();
        json.writeStartObject();
        json.writeStringProperty("id", project.id());
        json.writeStringProperty("name", project.name());
        period(json, project.period());
        json.writeStringProperty("asOf", project.asOf().toString());
        json.writeName("participants");
        json.writeStartObject();
        Suppressed participants = hidden.in("participants");
        if (project.countsGiven()) {
            count(json, participants, "started", shown.started());
        } else {
            json.writeNullProperty("started");
        }
        count(json, participants, "ended", shown.ended());
        count(json, participants, "ongoing", shown.ongoing());
        count(json, participants, "distinctPersons", shown.distinctPersons());
        if (project.countsGiven()) {
            counts(json, participants, "startedByGender", shown.startedByGender());
        } else {
            json.writeName("startedByGender");
            json.writeStartObject();
            for (Gender gender : shown.startedByGender().keySet()) {
                json.writeNullProperty(gender.name());
            }
            json.writeEndObject();
        }
        counts(json, participants, "startedByAgeBand", shown.startedByAgeBand());
        counts(json, participants, "endedByOutcome", shown.endedByOutcome());
        counts(json, participants, "endedByGroup", shown.endedByGroup());
        figure(json, participants, "meanDurationDays", shown.meanDurationDays(), d -> json.writeString(oneDecimal(d)));
        figure(json, participants, "medianDurationDays", shown.medianDurationDays(),
            d -> json.writeString(oneDecimal(d)));
        json.writeEndObject();

        json.writeName("goals");
        json.writeStartArray();
        for (int g = 0; g < shown.goals().size(); g++) {
            goal(json, hidden.in("goals").in(String.valueOf(g)), shown.goals().get(g));
        }
        json.writeEndArray();

        json.writeName("incomeTransitions");
        json.writeStartObject();
        Suppressed income = hidden.in("incomeTransitions");
        count(json, income, "recorded", shown.incomeTransitions().recorded());
        count(json, income, "supportedAtStart", shown.incomeTransitions().supportedAtStart());
        count(json, income, "supportedAtEnd", shown.incomeTransitions().supportedAtEnd());
        count(json, income, "leftSupport", shown.incomeTransitions().leftSupport());
        json.writeEndObject();

        if (project.costs().isPresent()) {
            costs(json, project.costs().get(), project.publishedUnitCosts().orElseThrow(), hidden.in("costs"));
        } else {
            json.writeNullProperty("costs");
        }
        json.writeEndObject();
    }

    private static void goal(JsonGenerator json, Suppressed hidden, PublishedGoal goal) {
        json.writeStartObject();
        json.writeStringProperty("id", goal.goalId());
        figure(json, hidden, "numerator", goal.numerator(), json::writeNumber);
        figure(json, hidden, "denominator", goal.denominator(), json::writeNumber);
        figure(json, hidden, "actual", goal.actual(), actual -> {
            if (goal.type().isShare()) {
                json.writeString(actual.setScale(1, RoundingMode.HALF_EVEN).toPlainString());
            } else if (goal.type() == IndicatorType.REPORTED) {
                json.writeString(actual.toPlainString());
            } else {
                json.writeString(actual.setScale(0, RoundingMode.HALF_EVEN).toPlainString());
            }
        });
        json.writeStringProperty("target", goal.target().getValue().toPlainString());
        json.writeName("upper");
        if (goal.target().getUpper().isPresent()) {
            json.writeString(goal.target().getUpper().get().toPlainString());
        } else {
            json.writeNull();
        }
        json.writeStringProperty("comparator", goal.target().getComparator().name());
        json.writeName("attained");
        if (goal.attained().isDecided()) {
            json.writeBoolean(goal.attained().isAttained());
        } else {
            json.writeNull();
        }
        figure(json, hidden, "wilson95", goal.wilson95(), (WilsonInterval interval) -> {
            json.writeStartArray();
            json.writeString(oneDecimal(interval.lower()));
            json.writeString(oneDecimal(interval.upper()));
            json.writeEndArray();
        });
        json.writeName("breakdown");
        json.writeStartArray();
        for (int c = 0; c < goal.breakdown().size(); c++) {
            PublishedBreakdownCell cell = goal.breakdown().get(c);
            json.writeStartObject();
            json.writeStringProperty("gender", cell.gender().name());
            json.writeStringProperty("ageBand", cell.ageBandKey());
            json.writeNumberProperty("expected", cell.expected());
            count(json, hidden.in("breakdown").in(String.valueOf(c)), "actual", cell.actual());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void costs(JsonGenerator json, ProjectCosts costs, PublishedUnitCosts unitCosts,
        Suppressed hidden) {
        Financing budget = costs.financing().budget();
        json.writeName("costs");
        json.writeStartObject();
        json.writeStringProperty("budgetTotal", budget.total().toString());
        byYear(json, "budgetByYear", budget);
        byCategory(json, "budgetByCategory", budget);
        byFunder(json, "byFunder", budget);
        Optional<Financing> outcome = costs.financing().measuredOutcome();
        if (outcome.isPresent()) {
            json.writeStringProperty("outcomeTotal", outcome.get().total().toString());
            byYear(json, "outcomeByYear", outcome.get());
            byCategory(json, "outcomeByCategory", outcome.get());
            byFunder(json, "outcomeByFunder", outcome.get());
        } else {
            for (String name : List.of("outcomeTotal", "outcomeByYear", "outcomeByCategory", "outcomeByFunder")) {
                json.writeNullProperty(name);
            }
        }
        figure(json, hidden, "perStartedParticipant", unitCosts.perStartedParticipant(),
            amount -> json.writeString(amount.toString()));
        figure(json, hidden, "perWorkOrStudies", unitCosts.perWorkOrStudies(),
            amount -> json.writeString(amount.toString()));
        json.writeName("esf");
        Optional<EsfSplit> esf = costs.esf();
        if (esf.isPresent()) {
            json.writeStartObject();
            json.writeStringProperty("grantedSupport", esf.get().grantedSupport().toString());
            json.writeStringProperty("unionPart", esf.get().unionPart().toString());
            json.writeStringProperty("nationalPart", esf.get().nationalPart().toString());
            json.writeEndObject();
        } else {
            json.writeNull();
        }
        json.writeEndObject();
    }

    private static void byYear(JsonGenerator json, String name, Financing financing) {
        json.writeName(name);
        json.writeStartObject();
        for (Map.Entry<Integer, Amount> year : financing.byYear().entrySet()) {
            json.writeStringProperty(String.valueOf(year.getKey()), year.getValue().toString());
        }
        json.writeEndObject();
    }

    /** The sums of the categories that have lines, in category order. */
    private static void byCategory(JsonGenerator json, String name, Financing financing) {
        json.writeName(name);
        json.writeStartObject();
        for (CostCategory category : financing.categoriesWithLines()) {
            json.writeStringProperty(category.name(), financing.byCategory().get(category).toString());
        }
        json.writeEndObject();
    }

    private static void byFunder(JsonGenerator json, String name, Financing financing) {
        json.writeName(name);
        json.writeStartArray();
        for (FunderShare funder : financing.byFunder()) {
            json.writeStartObject();
            json.writeStringProperty("party", funder.party());
            json.writeStringProperty("amount", funder.amount().toString());
            decimal(json, "percent", funder.percent());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeNullable(JsonGenerator json, Integer value) {
        if (value != null) {
            json.writeNumber(value);
        } else {
            json.writeNull();
        }
    }

    private static void association(JsonGenerator json, AssociationKey key) {
        json.writeStartObject();
        json.writeStringProperty("id", key.association());
        json.writeName("years");
        json.writeStartArray();
        for (AssociationYear year : key.years()) {
            json.writeStartObject();
            json.writeNumberProperty("year", year.year());
            json.writeStringProperty("total", year.total().toString());
            json.writeName("shares");
            json.writeStartArray();
            // A key that cannot be computed (KEY_INCOMPLETE) shares nothing; the finding says why.
            for (MemberShare share : year.shares().orElse(List.of())) {
                json.writeStartObject();
                json.writeStringProperty("party", share.party());
                json.writeStringProperty("amount", share.amount().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static <K> void counts(JsonGenerator json, Suppressed hidden, String name, Map<K, DisclosedCell> counts) {
        json.writeName(name);
        json.writeStartObject();
        for (Map.Entry<K, DisclosedCell> count : counts.entrySet()) {
            Object key = count.getKey();
            count(json, hidden.in(name), key instanceof Enum<?> ? ((Enum<?>) key).name() : key.toString(),
                count.getValue());
        }
        json.writeEndObject();
    }

    /** A count of the published view: its value, or null with its pointer listed. */
    private static void count(JsonGenerator json, Suppressed hidden, String name, DisclosedCell cell) {
        json.writeName(name);
        if (cell.isHidden()) {
            hidden.add(name);
            json.writeNull();
        } else {
            json.writeNumber(cell.value().getAsInt());
        }
    }

    /** A figure of the published view: its value, null when absent, or null with its pointer listed. */
    private static <T> void figure(JsonGenerator json, Suppressed hidden, String name, PublishedFigure<T> figure,
        Consumer<T> value) {
        json.writeName(name);
        if (figure.isHidden()) {
            hidden.add(name);
            json.writeNull();
        } else if (figure.value().isPresent()) {
            value.accept(figure.value().get());
        } else {
            json.writeNull();
        }
    }

    private static void decimal(JsonGenerator json, String name, Optional<BigDecimal> value) {
        json.writeName(name);
        if (value.isPresent()) {
            json.writeString(oneDecimal(value.get()));
        } else {
            json.writeNull();
        }
    }

    /** One decimal; the metrics already rounded half-even to one decimal, so this only fixes the scale. */
    private static String oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Where a hidden value's JSON Pointer goes: the pointers collected so far and the current object's. */
    private static final class Suppressed {

        private final List<String> pointers;
        private final String at;

        Suppressed(List<String> pointers, String at) {
            this.pointers = pointers;
            this.at = at;
        }

        Suppressed in(String name) {
            return new Suppressed(pointers, at + "/" + escape(name));
        }

        void add(String name) {
            pointers.add(at + "/" + escape(name));
        }

        /** A reference token of a JSON Pointer (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
        private static String escape(String name) {
            return name.replace("~", "~0").replace("/", "~1");
        }
    }

    /** Pretty-printing with two-space indentation, on jackson-core alone. */
    /** Two-space indentation with a space after each colon; the valuation output shares it. */
    static final class PrettyContext extends ObjectWriteContext.Base {

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER));
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }
}

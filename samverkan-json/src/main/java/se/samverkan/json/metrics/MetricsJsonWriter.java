package se.samverkan.json.metrics;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.costs.AssociationKey;
import se.samverkan.metrics.costs.AssociationYear;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.metrics.costs.EsfSplit;
import se.samverkan.metrics.costs.Financing;
import se.samverkan.metrics.costs.FunderShare;
import se.samverkan.metrics.costs.MemberShare;
import se.samverkan.metrics.costs.ProjectCosts;
import se.samverkan.metrics.goals.CellResult;
import se.samverkan.metrics.goals.GoalResult;
import se.samverkan.metrics.income.IncomeTransitions;
import se.samverkan.metrics.participants.ParticipantSummary;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.ReportGroup;
import se.samverkan.model.project.Project;

/**
 * The writer of the metrics output (<i>nyckeltal</i>, JSON.md §3): for each project its participant
 * summary, goal attainment, income transitions and costs, then each förbund's key per funding year, then
 * the reporting-rule findings.
 *
 * <p>Guarantees, as JSON.md §3 fixes them: every key is always present, in the order of the
 * specification; counts are JSON integers; money is a string with exactly two decimals; percents and
 * durations are strings with one decimal (rounded half-even by the metrics); a goal's {@code actual} is a
 * share with one decimal, a count as a whole number, a reported number as written, or {@code null};
 * {@code target} and {@code upper} are the target as written; undefined values are {@code null}.
 * Costs cover the budget lines of the years the measurement period touches (all years for the default
 * scope). The output is pretty-printed UTF-8.
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
     */
    public void write(SamverkanDocument header, List<ProjectResult> results, MeasurementScope scope,
        List<MetricsFinding> findings, OutputStream out) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator json = FACTORY.createGenerator(new PrettyContext(), out)) {
            json.writeStartObject();
            json.writeStringProperty("schemaVersion", SamverkanDocument.SCHEMA_VERSION);
            json.writeName("projects");
            json.writeStartArray();
            for (ProjectResult result : results) {
                Project project = header.getProjects().stream()
                    .filter(p -> p.getId().equals(result.projectId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no project " + result.projectId()));
                project(json, project, result, scope);
            }
            json.writeEndArray();
            json.writeName("associations");
            json.writeStartArray();
            for (AssociationKey key : CostSharing.associationKeys(header)) {
                association(json, key);
            }
            json.writeEndArray();
            json.writeName("findings");
            json.writeStartArray();
            for (MetricsFinding finding : findings) {
                json.writeStartObject();
                json.writeStringProperty("rule", finding.rule().id());
                json.writeStringProperty("severity", finding.severity().name());
                json.writeStringProperty("path", finding.path());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void project(JsonGenerator json, Project project, ProjectResult result, MeasurementScope scope) {
        json.writeStartObject();
        json.writeStringProperty("id", project.getId());
        ParticipantSummary summary = result.participants();
        json.writeName("participants");
        json.writeStartObject();
        json.writeNumberProperty("started", summary.started());
        json.writeNumberProperty("ended", summary.ended());
        json.writeNumberProperty("ongoing", summary.ongoing());
        json.writeNumberProperty("distinctPersons", summary.distinctPersons());
        counts(json, "startedByGender", summary.startedByGender());
        counts(json, "startedByAgeBand", summary.startedByAgeBand());
        counts(json, "endedByOutcome", summary.endedByOutcome());
        counts(json, "endedByGroup", summary.endedByGroup());
        decimal(json, "meanDurationDays", summary.meanDurationDays());
        decimal(json, "medianDurationDays", summary.medianDurationDays());
        json.writeEndObject();

        json.writeName("goals");
        json.writeStartArray();
        for (GoalResult goal : result.goals()) {
            goal(json, goal);
        }
        json.writeEndArray();

        IncomeTransitions income = result.incomeTransitions();
        json.writeName("incomeTransitions");
        json.writeStartObject();
        json.writeNumberProperty("recorded", income.recorded());
        json.writeNumberProperty("supportedAtStart", income.supportedAtStart());
        json.writeNumberProperty("supportedAtEnd", income.supportedAtEnd());
        json.writeNumberProperty("leftSupport", income.leftSupport());
        json.writeEndObject();

        int workOrStudies = summary.endedByGroup().getOrDefault(ReportGroup.WORK_OR_STUDIES, 0);
        ProjectCosts costs = scope.period().isPresent()
            ? CostSharing.projectCosts(project, scope.period().get(), summary.started(), workOrStudies)
            : CostSharing.projectCosts(project, summary.started(), workOrStudies);
        costs(json, costs);
        json.writeEndObject();
    }

    private static void goal(JsonGenerator json, GoalResult goal) {
        json.writeStartObject();
        json.writeStringProperty("id", goal.goalId());
        integer(json, "numerator", goal.numerator());
        integer(json, "denominator", goal.denominator());
        json.writeName("actual");
        if (goal.actual().isEmpty()) {
            json.writeNull();
        } else if (goal.type().isShare()) {
            json.writeString(goal.actual().get().setScale(1, RoundingMode.HALF_EVEN).toPlainString());
        } else if (goal.type() == IndicatorType.REPORTED) {
            json.writeString(goal.actual().get().toPlainString());
        } else {
            json.writeString(goal.actual().get().setScale(0, RoundingMode.HALF_EVEN).toPlainString());
        }
        json.writeStringProperty("target", goal.target().getValue().toPlainString());
        json.writeName("upper");
        if (goal.target().getUpper().isPresent()) {
            json.writeString(goal.target().getUpper().get().toPlainString());
        } else {
            json.writeNull();
        }
        json.writeStringProperty("comparator", goal.target().getComparator().name());
        json.writeName("attained");
        if (goal.attained().isPresent()) {
            json.writeBoolean(goal.attained().get());
        } else {
            json.writeNull();
        }
        json.writeName("wilson95");
        if (goal.wilson95().isPresent()) {
            json.writeStartArray();
            json.writeString(oneDecimal(goal.wilson95().get().lower()));
            json.writeString(oneDecimal(goal.wilson95().get().upper()));
            json.writeEndArray();
        } else {
            json.writeNull();
        }
        json.writeName("breakdown");
        json.writeStartArray();
        for (CellResult cell : goal.breakdown()) {
            json.writeStartObject();
            json.writeStringProperty("gender", cell.gender().name());
            json.writeStringProperty("ageBand", cell.ageBand().getMin() + "-" + cell.ageBand().getMax());
            json.writeNumberProperty("expected", cell.expected());
            json.writeNumberProperty("actual", cell.actual());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void costs(JsonGenerator json, ProjectCosts costs) {
        Financing budget = costs.getFinancing().getBudget();
        json.writeName("costs");
        json.writeStartObject();
        json.writeStringProperty("budgetTotal", budget.getTotal().toString());
        json.writeName("budgetByYear");
        json.writeStartObject();
        for (Map.Entry<Integer, Amount> year : budget.getByYear().entrySet()) {
            json.writeStringProperty(String.valueOf(year.getKey()), year.getValue().toString());
        }
        json.writeEndObject();
        json.writeName("byFunder");
        json.writeStartArray();
        for (FunderShare funder : budget.getByFunder()) {
            json.writeStartObject();
            json.writeStringProperty("party", funder.getParty());
            json.writeStringProperty("amount", funder.getAmount().toString());
            decimal(json, "percent", funder.getPercent());
            json.writeEndObject();
        }
        json.writeEndArray();
        money(json, "perStartedParticipant", costs.getUnitCosts().getPerStartedParticipant());
        money(json, "perWorkOrStudies", costs.getUnitCosts().getPerWorkOrStudies());
        json.writeName("esf");
        Optional<EsfSplit> esf = costs.getEsf();
        if (esf.isPresent()) {
            json.writeStartObject();
            json.writeStringProperty("grantedSupport", esf.get().getGrantedSupport().toString());
            json.writeStringProperty("unionPart", esf.get().getUnionPart().toString());
            json.writeStringProperty("nationalPart", esf.get().getNationalPart().toString());
            json.writeEndObject();
        } else {
            json.writeNull();
        }
        json.writeEndObject();
    }

    private static void association(JsonGenerator json, AssociationKey key) {
        json.writeStartObject();
        json.writeStringProperty("id", key.getAssociation());
        json.writeName("years");
        json.writeStartArray();
        for (AssociationYear year : key.getYears()) {
            json.writeStartObject();
            json.writeNumberProperty("year", year.getYear());
            json.writeStringProperty("total", year.getTotal().toString());
            json.writeName("shares");
            json.writeStartArray();
            // A key that cannot be computed (KEY_INCOMPLETE) shares nothing; the finding says why.
            for (MemberShare share : year.getShares().orElse(List.of())) {
                json.writeStartObject();
                json.writeStringProperty("party", share.getParty());
                json.writeStringProperty("amount", share.getAmount().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static <K> void counts(JsonGenerator json, String name, Map<K, Integer> counts) {
        json.writeName(name);
        json.writeStartObject();
        for (Map.Entry<K, Integer> count : counts.entrySet()) {
            Object key = count.getKey();
            json.writeNumberProperty(key instanceof Enum<?> ? ((Enum<?>) key).name() : key.toString(), count.getValue());
        }
        json.writeEndObject();
    }

    private static void integer(JsonGenerator json, String name, Optional<Integer> value) {
        json.writeName(name);
        if (value.isPresent()) {
            json.writeNumber(value.get());
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

    private static void money(JsonGenerator json, String name, Optional<Amount> value) {
        json.writeName(name);
        if (value.isPresent()) {
            json.writeString(value.get().toString());
        } else {
            json.writeNull();
        }
    }

    /** One decimal; the metrics already rounded half-even to one decimal, so this only fixes the scale. */
    private static String oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
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

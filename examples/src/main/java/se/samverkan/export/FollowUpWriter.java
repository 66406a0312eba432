package se.samverkan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;
import tools.jackson.databind.SequenceWriter;

import se.samverkan.metrics.costs.MemberShare;
import se.samverkan.metrics.followup.FollowUpReport;
import se.samverkan.metrics.followup.ProjectFollowUp;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.project.Project;
import se.samverkan.model.range.IntRange;

/**
 * Writes the national follow-up (<i>Uppföljning Finsam</i>) of a document as JSON, CSV, XLSX or text.
 *
 * <p>Guarantees: JSON keys always present, in a fixed order, money as strings with two decimals and null
 * for what is not known. CSV and XLSX hold the same table: an allocation row per förbund and year, then a
 * row per insats; codes rather than labels. CSV is UTF-8 with a byte-order mark, semicolon-separated with
 * quotes where a cell needs them and CRLF line ends, money with a decimal comma and no grouping, so that
 * Swedish Excel opens it as it is. In XLSX numbers are numeric cells. Text is one table per förbund and
 * year, for reading. See {@code docs/cli.md} for the exact layout.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FollowUpWriter {

    private static final JsonFactory JSON = new JsonFactory();
    private static final CsvMapper CSV = new CsvMapper();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final SamverkanDocument document;

    private FollowUpWriter(SamverkanDocument document) {
        this.document = document;
    }

    /**
     * A writer for the follow-up of one document, whose projects give each insats's name, kind,
     * measurement and ESF status.
     *
     * @param document the document the reports were made from, not null
     * @return the writer, never null
     * @throws NullPointerException if {@code document} is null
     */
    public static FollowUpWriter of(SamverkanDocument document) {
        return new FollowUpWriter(Objects.requireNonNull(document, "document"));
    }

    /**
     * Writes the follow-up as pretty-printed UTF-8 JSON.
     *
     * @param reports the reports, in output order, not null
     * @param out where the JSON goes; flushed, not closed; not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a report names a project that is not in the document
     * @throws IOException if writing fails
     */
    public void json(List<FollowUpReport> reports, OutputStream out) throws IOException {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator json = JSON.createGenerator(new PrettyContext(), new NonClosing(out))) {
            json.writeStartObject();
            json.writeStringProperty("schemaVersion", SamverkanDocument.SCHEMA_VERSION);
            json.writeName("followUp");
            json.writeStartArray();
            for (FollowUpReport report : reports) {
                report(json, report);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (tools.jackson.core.JacksonException e) {
            throw new IOException(e.getMessage(), e);
        }
        out.flush();
    }

    private void report(JsonGenerator json, FollowUpReport report) {
        json.writeStartObject();
        json.writeStringProperty("association", report.association());
        json.writeNumberProperty("year", report.year());
        json.writeName("allocated");
        if (report.allocatedFunds().isPresent()) {
            json.writeStartObject();
            json.writeStringProperty("total", report.allocatedFunds().get().toString());
            json.writeName("shares");
            json.writeStartArray();
            // A key that cannot be computed shares nothing, as in the metrics output.
            for (MemberShare share : report.allocationByMember().orElse(List.of())) {
                json.writeStartObject();
                json.writeStringProperty("party", share.party());
                json.writeStringProperty("amount", share.amount().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } else {
            json.writeNull();
        }
        money(json, "equity", report.equity().orElse(null));
        money(json, "administrationBudget", report.administrationBudget().orElse(null));
        money(json, "administrationOutcome", report.administrationOutcome().orElse(null));
        json.writeName("insatser");
        json.writeStartArray();
        for (ProjectFollowUp insats : report.projects()) {
            insats(json, insats, Projects.find(document, insats.project()));
        }
        json.writeEndArray();
        json.writeName("totals");
        json.writeStartObject();
        money(json, "budget", report.totalBudget());
        money(json, "outcome", report.totalOutcome().orElse(null));
        json.writeNumberProperty("participants", report.participants());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void insats(JsonGenerator json, ProjectFollowUp insats, Project project) {
        json.writeStartObject();
        json.writeStringProperty("project", project.getId());
        json.writeStringProperty("name", project.getName());
        json.writeStringProperty("kind", project.getKind().name());
        json.writeStringProperty("orientation", insats.orientation().name());
        json.writeStringProperty("measurement", project.getMeasurement().name());
        json.writeBooleanProperty("esf", project.getEsf().isPresent());
        money(json, "budget", insats.budget());
        money(json, "totalBudget", insats.totalBudget());
        money(json, "outcome", insats.outcome().orElse(null));
        money(json, "totalOutcome", insats.totalOutcome().orElse(null));
        json.writeName("plannedParticipants");
        if (insats.plannedParticipants().isPresent()) {
            IntRange planned = insats.plannedParticipants().get();
            json.writeStartObject();
            json.writeNumberProperty("min", planned.getMin());
            json.writeNumberProperty("max", planned.getMax());
            json.writeEndObject();
        } else {
            json.writeNull();
        }
        json.writeName("participants");
        json.writeStartObject();
        json.writeNumberProperty("total", insats.participants());
        json.writeName("byGender");
        json.writeStartObject();
        for (Map.Entry<Gender, Integer> count : insats.participantsByGender().entrySet()) {
            json.writeNumberProperty(count.getKey().name(), count.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void money(JsonGenerator json, String name, Amount amount) {
        if (amount == null) {
            json.writeNullProperty(name);
        } else {
            json.writeStringProperty(name, amount.toString());
        }
    }

    /**
     * Writes the follow-up as CSV for Swedish Excel: UTF-8 with a byte-order mark, {@code ;}-separated,
     * CRLF, a header row, money with a decimal comma, an empty cell for what is not known.
     *
     * @param reports the reports, in output order, not null
     * @param out where the CSV goes; flushed, not closed; not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a report names a project that is not in the document
     * @throws IOException if writing fails
     */
    public void csv(List<FollowUpReport> reports, OutputStream out) throws IOException {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(out, "out");
        out.write(BOM);
        Writer writer = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n");
        // Quotes only where a cell needs them (a separator, quote or line break), as RFC 4180 has it.
        try (SequenceWriter csv = CSV.writerFor(String[].class).with(schema)
            .with(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).writeValues(writer)) {
            csv.write(FollowUpRows.COLUMNS.toArray(new String[0]));
            for (List<Object> row : FollowUpRows.of(document, reports)) {
                String[] cells = new String[row.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = csvCell(row.get(i));
                }
                csv.write(cells);
            }
        } catch (tools.jackson.core.JacksonException e) {
            throw new IOException(e.getMessage(), e);
        }
        // Closing the sequence flushed the text into out (which stays open).
        out.flush();
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Amount) {
            return value.toString().replace('.', ',');
        }
        return value.toString();
    }

    /**
     * Writes the follow-up as an XLSX workbook with one sheet: the same columns and rows as the CSV, the
     * numbers (money, counts, years) as numeric cells.
     *
     * @param reports the reports, in output order, not null
     * @param out where the workbook goes; flushed, not closed; not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a report names a project that is not in the document
     * @throws IOException if writing fails
     */
    public void xlsx(List<FollowUpReport> reports, OutputStream out) throws IOException {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(out, "out");
        Workbook workbook = new Workbook(new NonClosing(out), "samverkan", null);
        Worksheet sheet = workbook.newWorksheet("Uppföljning");
        for (int c = 0; c < FollowUpRows.COLUMNS.size(); c++) {
            sheet.value(0, c, FollowUpRows.COLUMNS.get(c));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (List<Object> row : FollowUpRows.of(document, reports)) {
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Amount) {
                    BigDecimal number = ((Amount) value).toBigDecimal();
                    sheet.value(r, c, number);
                    sheet.style(r, c).format("0.00").set();
                } else if (value instanceof Integer) {
                    sheet.value(r, c, (Integer) value);
                } else if (value instanceof Boolean) {
                    sheet.value(r, c, (Boolean) value);
                } else if (value != null) {
                    sheet.value(r, c, value.toString());
                }
            }
            r++;
        }
        workbook.finish();
        out.flush();
    }

    /**
     * Writes the follow-up as text: per förbund and year the allocation, then a table of the insatser
     * with their budget, outcome and participants, then the totals.
     *
     * @param reports the reports, in output order, not null
     * @param locale the language of the headings (Swedish unless English), not null
     * @param out where the text goes; flushed, not closed; not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a report names a project that is not in the document
     */
    public void text(List<FollowUpReport> reports, Locale locale, PrintWriter out) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(out, "out");
        FollowUpText.write(document, reports, "en".equals(locale.getLanguage()), out);
        out.flush();
    }

    private static final class PrettyContext extends ObjectWriteContext.Base {

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

    /** Lets a generator or workbook close its stream without closing the caller's. */
    private static final class NonClosing extends java.io.FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}

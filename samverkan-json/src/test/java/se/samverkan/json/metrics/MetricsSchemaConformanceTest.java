package se.samverkan.json.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.junit.jupiter.api.Test;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.DocumentMeasurement;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.series.PeriodLength;
import se.samverkan.metrics.series.SeriesMeasurement;
import se.samverkan.model.SamverkanDocument;

/**
 * Everything the metrics writer writes conforms to the published metrics schema
 * ({@link SamverkanJson#metricsSchema()}), which closes every object and requires every key: the plain
 * output, the published view and a series of every length, for every sample document, one of them with
 * outcome (<i>utfall</i>) lines added so that the outcome figures are written too. A key the writer leaves
 * out, renames or writes with the wrong type fails here, in the module that writes it.
 */
class MetricsSchemaConformanceTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SamverkanJson.metricsSchema(), InputFormat.JSON);
    private static final MeasurementScope SCOPE = MeasurementScope.projectPeriod();

    /** The samples of the examples module, and Gemensamma taget with two outcome lines. */
    private static List<SamverkanDocument> documents() throws IOException {
        SamverkanJson json = SamverkanJson.create();
        List<SamverkanDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../examples/data"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json") && !name.endsWith("-parameters.json")) {
                    documents.add(json.read(file));
                }
            }
        }
        String withOutcome = Files.readString(Path.of("../examples/data/gemensamma-taget-vuxna.json"))
            .replaceFirst("\"budget\": \\{", "\"outcome\": { \"lines\": ["
                + "{ \"year\": 2008, \"category\": \"STAFF\", \"item\": \"Koordinator\", \"amount\": \"400000.00\" },"
                + "{ \"year\": 2009, \"category\": \"OTHER\", \"item\": \"Lokaler\", \"amount\": \"12500.50\" } ] },"
                + " \"budget\": {");
        documents.add(json.read(withOutcome));
        assertThat(documents).hasSizeGreaterThanOrEqualTo(6);
        return documents;
    }

    private static String written(java.util.function.Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertConforms(String output, String what) {
        List<Error> errors = SCHEMA.validate(output, InputFormat.JSON);
        assertThat(errors).as(what + ":\n" + output).isEmpty();
    }

    @Test
    void the_plain_output_and_the_published_view_conform() throws IOException {
        MetricsJsonWriter writer = MetricsJsonWriter.create();
        for (SamverkanDocument document : documents()) {
            String plain = written(out -> writer.write(DocumentMeasurement.of(SCOPE).measure(document),
                Locale.ENGLISH, out));
            String published = written(out -> writer.write(DocumentMeasurement.of(SCOPE)
                .disclosed(DisclosureControl.defaults()).measure(document), Locale.ENGLISH, out));

            assertConforms(plain, "plain");
            assertConforms(published, "published");
        }
    }

    @Test
    void the_outcome_lines_are_written_as_figures() throws IOException {
        SamverkanDocument withOutcome = documents().get(documents().size() - 1);
        String plain = written(out -> MetricsJsonWriter.create()
            .write(DocumentMeasurement.of(SCOPE).measure(withOutcome), Locale.ENGLISH, out));

        // 400 000,00 + 12 500,50 = 412 500,50; 2008: 400 000,00, 2009: 12 500,50
        assertThat(plain).contains("\"outcomeTotal\": \"412500.50\"", "\"2008\": \"400000.00\"",
            "\"2009\": \"12500.50\"");
        assertConforms(plain, "with outcome");
    }

    @Test
    void every_series_conforms() throws IOException {
        MetricsJsonWriter writer = MetricsJsonWriter.create();
        for (SamverkanDocument document : documents()) {
            for (PeriodLength by : PeriodLength.values()) {
                String series = written(out -> writer.write(SeriesMeasurement.of(by, SCOPE).measure(document),
                    Locale.ENGLISH, out));
                String published = written(out -> writer.write(SeriesMeasurement.of(by, SCOPE)
                    .disclosed(DisclosureControl.defaults()).measure(document), Locale.ENGLISH, out));

                assertConforms(series, by + " series");
                assertConforms(published, "published " + by + " series");
            }
        }
    }
}

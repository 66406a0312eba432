package se.samverkan.examples.guide;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.samverkan.json.metrics.MetricsJsonWriter;
import se.samverkan.metrics.DocumentMeasurement;
import se.samverkan.metrics.DocumentMetrics;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMeasurement;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.series.MetricsSeries;
import se.samverkan.metrics.series.PeriodLength;
import se.samverkan.metrics.series.SeriesEntry;
import se.samverkan.metrics.series.SeriesMeasurement;
import se.samverkan.model.SamverkanDocument;

/**
 * Guide example: everything the {@code metrics} command computes, as one value (<i>nyckeltal</i> of a whole
 * document) written as its JSON, and a period series (<i>tertialuppföljning</i>: started per tertial).
 */
public final class MeasureDocument {

    private MeasureDocument() {
    }

    /**
     * The published view of a document's metrics as JSON, as {@code metrics --disclosed} prints it.
     *
     * @param document the document, not null
     * @param language the language of the findings' messages, not null
     * @return the JSON text
     */
    // tag::value[]
    public static String publishedMetricsJson(SamverkanDocument document, Locale language) {
        DocumentMetrics metrics = DocumentMeasurement.of(MeasurementScope.projectPeriod())
            .disclosed(DisclosureControl.defaults())         // small counts and what reveals them are null
            .measure(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MetricsJsonWriter.create().write(metrics, language, out);   // only writes: nothing is computed here
        return out.toString(StandardCharsets.UTF_8);
    }
    // end::value[]

    /**
     * The participations started in each tertial of an insats's period.
     *
     * @param document the document, not null
     * @param projectId the insats's id, not null
     * @return the counts in time order
     */
    // tag::series[]
    public static List<Integer> startedPerTertial(SamverkanDocument document, String projectId) {
        MetricsSeries series = SeriesMeasurement.of(PeriodLength.TERTIAL, MeasurementScope.projectPeriod())
            .measure(document);
        List<Integer> started = new ArrayList<>();
        for (SeriesEntry tertial : series.entries()) {               // January–April, May–August, ...
            for (ProjectMeasurement project : tertial.projects()) {
                if (project.id().equals(projectId)) {
                    started.add(project.participants().started());
                }
            }
        }
        return started;
    }
    // end::series[]
}

package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.series.PeriodLength;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.project.Project;
import se.samverkan.model.testing.ModelArbitraries;

/**
 * A series is the single-period {@code metrics} of each of its periods: every project object of a
 * {@code metrics --by} period equals {@code metrics --project ID --from START --to END --as-of AS_OF} of its
 * period but for the differences a series makes on purpose ({@link SingleMeasurement}).
 */
class SeriesProperties {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SamverkanJson FORMAT = SamverkanJson.create();
    /** Periods compared per document (the first, the last and some between), to keep a try short. */
    private static final int COMPARED = 4;

    @Property(tries = 25)
    void each_period_of_a_series_is_the_single_period_metrics_of_that_period(
        @ForAll("documents") SamverkanDocument document, @ForAll PeriodLength by,
        @ForAll("asOf") Optional<LocalDate> asOf) {
        String text = FORMAT.write(document);
        List<String> args = new ArrayList<>(List.of("metrics", "-", "--by", by.name()));
        asOf.ifPresent(date -> args.addAll(List.of("--as-of", date.toString())));
        Cli series = Cli.runWithInput(text, args.toArray(String[]::new));
        assertThat(series.status).as(series.toString()).isZero();
        JsonNode root = JSON.readTree(series.out);

        JsonNode entries = root.get("series");
        for (int i : sample(entries.size())) {
            for (JsonNode project : entries.get(i).get("projects")) {
                Project definition = document.getProjects().stream()
                    .filter(p -> p.getId().equals(project.get("id").stringValue())).findFirst().orElseThrow();
                SingleMeasurement.assertSeriesProjectIsTheSingleMeasurement(definition, project,
                    by == PeriodLength.YEAR, root.get("findings"), text, "-");
            }
        }
    }

    private static List<Integer> sample(int size) {
        List<Integer> indices = new ArrayList<>();
        for (int k = 0; k < Math.min(size, COMPARED); k++) {
            indices.add(size <= COMPARED ? k : (int) ((long) k * (size - 1) / (COMPARED - 1)));
        }
        return indices;
    }

    @Provide
    Arbitrary<SamverkanDocument> documents() {
        return ModelArbitraries.validDocuments();
    }

    @Provide
    Arbitrary<Optional<LocalDate>> asOf() {
        return ModelArbitraries.dates().optional(0.4);
    }
}

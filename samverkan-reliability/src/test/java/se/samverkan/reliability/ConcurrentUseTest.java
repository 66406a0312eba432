package se.samverkan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverkan.json.SamverkanJson;
import se.samverkan.json.metrics.MetricsFinding;
import se.samverkan.json.metrics.MetricsJsonWriter;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.money.Amount;
import se.samverkan.model.testing.ModelArbitraries;
import se.samverkan.model.testing.SeedDocuments;
import se.samverkan.model.validation.SamverkanValidator;

/**
 * The shared entry points are safe to use from many threads at once: one {@link SamverkanValidator},
 * one {@link SamverkanJson}, one {@link ProjectMetrics}, {@link CostSharing} and one
 * {@link ReportingRules}, run by eight threads over the same and over different documents, give exactly
 * what a single thread gives — the same violations, findings and results, and the same bytes of written
 * documents and metrics output.
 */
class ConcurrentUseTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 6;

    private static final SamverkanValidator VALIDATOR = SamverkanValidator.create();
    private static final SamverkanJson JSON = SamverkanJson.create();
    private static final ReportingRules RULES = ReportingRules.create();
    private static final MeasurementScope SCOPE = MeasurementScope.projectPeriod();
    private static final ProjectMetrics METRICS = ProjectMetrics.of(SCOPE);

    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Everything the entry points produce for a document, compared as a whole. */
    private record Outcome(List<?> violations, List<?> findings, List<ProjectResult> results, List<?> keys,
        String written, SamverkanDocument reread, String metricsJson) {
    }

    private static Outcome outcome(SamverkanDocument document) {
        String written = JSON.write(document);
        List<ProjectResult> results = METRICS.compute(document);
        List<?> findings = RULES.check(document);
        ByteArrayOutputStream metricsJson = new ByteArrayOutputStream();
        MetricsJsonWriter.create().write(document, results, SCOPE,
            RULES.check(document).stream().map(MetricsFinding::of).toList(), metricsJson);
        return new Outcome(VALIDATOR.validate(document), findings, results, keys(document),
            written, JSON.read(written), metricsJson.toString(StandardCharsets.UTF_8));
    }

    /** The förbund keys as text (the key has no equality of its own) with a split of a fixed amount. */
    private static List<String> keys(SamverkanDocument document) {
        return CostSharing.create().keys(document).stream()
            .map(key -> key + " " + key.split(Amount.ofKronor(1_000_000))).toList();
    }

    private static List<SamverkanDocument> documents() {
        List<SamverkanDocument> documents = new ArrayList<>(SeedDocuments.all());
        documents.add(SeedDocuments.gemensammaTagetVuxna(400, 7L));
        ModelArbitraries.documents().sampleStream().limit(10).forEach(documents::add);
        return documents;
    }

    @Test
    void many_threads_over_different_documents_get_what_one_thread_gets() throws Exception {
        List<SamverkanDocument> documents = documents();
        List<Outcome> expected = documents.stream().map(ConcurrentUseTest::outcome).toList();

        List<Callable<Outcome>> tasks = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (SamverkanDocument document : documents) {
                tasks.add(() -> outcome(document));
            }
        }
        List<Outcome> actual = runTogether(tasks);

        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i)).as("task %d", i).isEqualTo(expected.get(i % documents.size()));
        }
    }

    @Test
    void many_threads_over_the_same_document_get_what_one_thread_gets() throws Exception {
        SamverkanDocument document = SeedDocuments.gemensammaTagetVuxna(400, 11L);
        Outcome expected = outcome(document);

        List<Callable<Outcome>> tasks = Stream.<Callable<Outcome>>generate(() -> () -> outcome(document))
            .limit(THREADS * 4L).toList();

        assertThat(runTogether(tasks)).allSatisfy(outcome -> assertThat(outcome).isEqualTo(expected));
    }

    @Test
    void many_threads_reading_the_same_text_get_the_same_document_and_problems() throws Exception {
        String text = JSON.write(SeedDocuments.kavlingeLommaProcess());
        String broken = text.replaceFirst("\"parties\"", "\"partys\"");
        SamverkanDocument expected = JSON.read(text);
        String expectedProblem = problemsOf(broken);

        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS * 8; i++) {
            tasks.add(i % 2 == 0 ? () -> JSON.read(text) : () -> problemsOf(broken));
        }
        List<Object> actual = runTogether(tasks);
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i)).isEqualTo(i % 2 == 0 ? expected : expectedProblem);
        }
    }

    private static String problemsOf(String text) {
        try {
            JSON.read(text);
            return "read";
        } catch (se.samverkan.json.SamverkanJsonException problems) {
            return problems.problems().toString();
        }
    }

    /** Runs the tasks on the pool, released together so that they overlap, in task order. */
    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}

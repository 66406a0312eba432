package se.samverkan.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.testing.SeedDocuments;

/** The entry point's contract: null handling, unmodifiable results, one instance shared by threads. */
class ReportingRulesTest {

    private final ReportingRules rules = ReportingRules.create();

    @Test
    void a_null_document_is_refused() {
        assertThatNullPointerException().isThrownBy(() -> rules.check(null)).withMessage("document");
    }

    @Test
    void the_findings_cannot_be_changed() {
        List<Finding> findings = rules.check(SeedDocuments.gemensammaTagetVuxna());
        assertThat(findings).hasSize(9);
        assertThat(findings).isUnmodifiable();
    }

    @Test
    void one_instance_checks_documents_on_several_threads_at_once() throws Exception {
        List<SamverkanDocument> documents = SeedDocuments.all();
        List<List<Finding>> expected = documents.stream().map(rules::check).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Finding>>> runs = IntStream.range(0, 40)
                .mapToObj(i -> pool.submit(() -> rules.check(documents.get(i % documents.size()))))
                .toList();
            for (int i = 0; i < runs.size(); i++) {
                assertThat(runs.get(i).get()).isEqualTo(expected.get(i % documents.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

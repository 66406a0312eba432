package se.samverkan.benchmarks;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the benchmarks find their generated document: {@code benchmarks/target/data/participants-N.json}
 * relative to the working directory (system property {@code samverkan.benchmark.dir}), with
 * {@code N} from {@code samverkan.benchmark.participants} (default 100 000). The file is generated on
 * first use and never committed.
 */
final class BenchmarkFiles {

    static final int DEFAULT_PARTICIPANTS = 100_000;

    private BenchmarkFiles() {
    }

    static int participants() {
        return Integer.getInteger("samverkan.benchmark.participants", DEFAULT_PARTICIPANTS);
    }

    static Path document() throws IOException {
        Path dir = Path.of(System.getProperty("samverkan.benchmark.dir", "benchmarks/target/data"));
        int n = participants();
        return GeneratedDocument.writeIfAbsent(dir.resolve("participants-" + n + ".json"), n);
    }
}

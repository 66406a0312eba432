package se.samverkan.model.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A small application module compiled and run on the real module path (JPMS), for the tests that prove a
 * samverkan module works as a named module while the other tests run on the class path.
 */
public final class ModuleApplication {

    private ModuleApplication() {
    }

    /**
     * The module path of the module under test: its {@code target/classes} directories and the jars on the
     * test class path whose names start with one of the prefixes (test-jars excluded).
     *
     * @param jarPrefixes jar name prefixes, such as {@code "hibernate-validator-"}, not null
     * @return the entries, in class path order, never null
     */
    public static List<String> modulePathEntries(List<String> jarPrefixes) {
        Objects.requireNonNull(jarPrefixes, "jarPrefixes");
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            boolean classes = path.endsWith(Path.of("target", "classes"));
            boolean jar = name.endsWith(".jar") && !name.endsWith("-tests.jar")
                && jarPrefixes.stream().anyMatch(name::startsWith);
            if (classes || jar) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /**
     * Compiles module {@code check} (which requires {@code requiredModule}) with the class {@code app.Main}
     * of {@code mainSource}, runs it on the module path and returns what it printed. Skips the test when
     * no JDK runs it; fails it when compiling or running fails.
     *
     * @param work a scratch directory, not null
     * @param requiredModule the module under test, such as {@code se.samverkan.model}, not null
     * @param mainSource the source of {@code app.Main}, not null
     * @param modulePath the module path entries, not null
     * @return the lines printed on standard output, never null
     * @throws IOException if the scratch files cannot be written
     * @throws InterruptedException if interrupted while waiting for javac or java
     */
    public static List<String> run(Path work, String requiredModule, String mainSource, List<String> modulePath)
        throws IOException, InterruptedException {
        String path = String.join(File.pathSeparator, modulePath);
        Path source = work.resolve("src/check");
        Files.createDirectories(source.resolve("app"));
        Files.writeString(source.resolve("module-info.java"), "module check { requires " + requiredModule + "; }");
        Files.writeString(source.resolve("app/Main.java"), mainSource);
        Path classes = work.resolve("out");
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        assumeTrue(Files.isExecutable(javac), "a JDK runs the tests");
        Process compile = new ProcessBuilder(javac.toString(), "-d", classes.toString(), "--module-path", path,
            source.resolve("module-info.java").toString(), source.resolve("app/Main.java").toString())
            .redirectErrorStream(true).start();
        String messages = new String(compile.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(compile.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(compile.exitValue()).as(messages).isZero();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "--module-path",
            classes + File.pathSeparator + path, "-m", "check/app.Main")
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }
}

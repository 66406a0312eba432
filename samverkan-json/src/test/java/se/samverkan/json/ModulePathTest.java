package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON module works as a named module (JPMS): an application module that requires only
 * {@code se.samverkan.json} reads, writes and validates documents, so the mix-ins (opened to Jackson) and
 * the builders' instantiators (no {@code opens} of the model needed) work there too. The other tests run
 * on the class path.
 */
class ModulePathTest {

    private static final List<String> DEPENDENCIES = List.of("samverkan-model-", "samverkan-metrics-", "jakarta.validation-api-",
        "hibernate-validator-", "jboss-logging-", "classmate-", "jackson-databind-", "jackson-core-",
        "jackson-annotations-");

    @TempDir
    Path work;

    @Test
    void an_application_module_reads_writes_and_validates_documents() throws IOException, InterruptedException {
        String modulePath = modulePath();
        Path source = work.resolve("src/check");
        Files.createDirectories(source.resolve("app"));
        Files.writeString(source.resolve("module-info.java"), "module check { requires se.samverkan.json; }");
        Files.writeString(source.resolve("app/Main.java"), String.join("\n",
            "package app;",
            "import se.samverkan.json.*;",
            "public class Main {",
            "  public static void main(String[] args) {",
            "    SamverkanJson json = SamverkanJson.create();",
            "    String text = \"{ \\\"parties\\\": [ { \\\"id\\\": \\\"Bad Id\\\", \\\"name\\\": \\\"Region\\\",\"",
            "      + \" \\\"type\\\": \\\"REGION\\\" } ],\\n \\\"associations\\\": [ { \\\"id\\\": \\\"sf\\\",\"",
            "      + \" \\\"funding\\\": [ { \\\"year\\\": 2008, \\\"total\\\": 6000000 } ] } ] }\";",
            "    ValidatedDocument result = json.readAndValidate(text);",
            "    result.violations().forEach(v -> System.out.println(v.path() + \" \" + v.line() + \":\" + v.column()));",
            "    System.out.println(json.read(json.write(result.document())).equals(result.document()));",
            "    System.out.println(json.write(result.document()).contains(\"\\\"6000000.00\\\"\"));",
            "    try {",
            "      json.read(\"{ \\\"parties\\\": [ { \\\"id\\\": \\\"fk\\\", \\\"type\\\": \\\"BANK\\\" } ] }\");",
            "    } catch (SamverkanJsonException e) {",
            "      System.out.println(e.problems().get(0).pointer() + \" \" + e.problems().get(0).messageKey());",
            "    }",
            "    System.out.println(SamverkanJson.schema().contains(\"draft/2020-12\"));",
            "  }",
            "}"));
        Path classes = work.resolve("out");
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        assumeTrue(Files.isExecutable(javac), "a JDK runs the tests");
        Process compile = new ProcessBuilder(javac.toString(), "-d", classes.toString(), "--module-path", modulePath,
            source.resolve("module-info.java").toString(), source.resolve("app/Main.java").toString())
            .redirectErrorStream(true).start();
        String messages = new String(compile.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(compile.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(compile.exitValue()).as(messages).isZero();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "--module-path",
            classes + File.pathSeparator + modulePath, "-m", "check/app.Main")
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines()).containsExactly(
            "/parties/0/id 1:24",
            "true",
            "true",
            "/parties/0/type se.samverkan.json.unknown-enum",
            "true");
    }

    /** This module's classes and its runtime dependencies, taken from the test class path. */
    private static String modulePath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            boolean classes = path.endsWith(Path.of("target", "classes"));
            boolean dependency = name.endsWith(".jar") && !name.endsWith("-tests.jar")
                && DEPENDENCIES.stream().anyMatch(name::startsWith);
            if (classes || dependency) {
                entries.add(entry);
            }
        }
        assertThat(entries).as("classes and %s on %s", DEPENDENCIES, entries).hasSizeGreaterThanOrEqualTo(
            DEPENDENCIES.size());
        return entries.stream().collect(Collectors.joining(File.pathSeparator));
    }
}

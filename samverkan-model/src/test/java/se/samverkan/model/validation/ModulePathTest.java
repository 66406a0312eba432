package se.samverkan.model.validation;

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
 * The model works as a named module (JPMS): an application module that requires only
 * {@code se.samverkan.model} can build and validate a document, so the module's {@code opens} let
 * Hibernate Validator read the constraints. The tests otherwise run on the class path.
 */
class ModulePathTest {

    private static final List<String> MODULES = List.of("jakarta.validation-api", "hibernate-validator",
        "jboss-logging", "classmate");

    @TempDir
    Path work;

    @Test
    void an_application_module_validates_a_document() throws IOException, InterruptedException {
        String modulePath = modulePath();
        Path source = work.resolve("src/check");
        Files.createDirectories(source.resolve("app"));
        Files.writeString(source.resolve("module-info.java"), "module check { requires se.samverkan.model; }");
        Files.writeString(source.resolve("app/Main.java"), String.join("\n",
            "package app;",
            "import java.time.LocalDate;",
            "import se.samverkan.model.SamverkanDocument;",
            "import se.samverkan.model.participant.*;",
            "import se.samverkan.model.party.*;",
            "import se.samverkan.model.validation.SamverkanValidator;",
            "public class Main {",
            "  public static void main(String[] args) {",
            "    SamverkanDocument d = SamverkanDocument.builder()",
            "      .addParties(Party.builder().id(\"Bad Id\").name(\"Region\").type(PartyType.REGION)",
            "        .population(-1L).build())",
            "      .addParticipants(Participant.builder().id(\"d-1\").gender(Gender.MAN)",
            "        .addParticipations(Participation.builder().project(\"p\").start(LocalDate.of(2020, 1, 1))",
            "          .exitOutcome(ExitOutcome.EMPLOYMENT).build()).build())",
            "      .build();",
            "    SamverkanValidator.create().validate(d)",
            "      .forEach(v -> System.out.println(v.path() + \" \" + v.rule()));",
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
        assertThat(process.exitValue()).isZero();
        assertThat(output.lines()).containsExactly(
            "/participants/0/participations/0/exitOutcome OUTCOME_WITHOUT_END",
            "/parties/0/id se.samverkan.validation.Id.message",
            "/parties/0/population jakarta.validation.constraints.PositiveOrZero.message");
    }

    /** The model's classes and its runtime dependencies, taken from the test class path. */
    private static String modulePath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            boolean model = path.endsWith(Path.of("target", "classes"));
            boolean dependency = MODULES.stream().anyMatch(m -> path.getFileName().toString().startsWith(m + "-"));
            if (model || dependency) {
                entries.add(entry);
            }
        }
        assertThat(entries).as("model classes and %s on %s", MODULES, entries).hasSize(MODULES.size() + 1);
        return entries.stream().collect(Collectors.joining(File.pathSeparator));
    }
}

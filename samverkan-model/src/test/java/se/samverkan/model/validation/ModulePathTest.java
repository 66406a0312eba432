package se.samverkan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.model.testing.ModuleApplication;

/**
 * The model works as a named module (JPMS): an application module that requires only
 * {@code se.samverkan.model} can build and validate a document, so the module's {@code opens} let
 * Hibernate Validator instantiate the constraint validators, and the message bundles are found in both
 * languages. The tests otherwise run on the class path.
 */
class ModulePathTest {

    private static final List<String> MODULES = List.of("jakarta.validation-api-", "hibernate-validator-",
        "jboss-logging-", "classmate-");

    @TempDir
    Path work;

    @Test
    void an_application_module_validates_a_document() throws IOException, InterruptedException {
        List<String> modulePath = ModuleApplication.modulePathEntries(MODULES);
        assertThat(modulePath).as("model classes and %s", MODULES).hasSize(MODULES.size() + 1);
        String main = String.join("\n",
            "package app;",
            "import java.time.LocalDate;",
            "import se.samverkan.model.SamverkanDocument;",
            "import se.samverkan.model.participant.*;",
            "import se.samverkan.model.party.*;",
            "import se.samverkan.model.validation.SamverkanValidator;",
            "import se.samverkan.model.validation.Violation;",
            "public class Main {",
            "  public static void main(String[] args) {",
            "    SamverkanDocument d = SamverkanDocument.builder()",
            "      .addParties(Party.builder().id(\"Bad Id\").name(\"Region\").type(PartyType.REGION)",
            "        .population(-1L).build())",
            "      .addParticipants(Participant.builder().id(\"d-1\").gender(Gender.MAN)",
            "        .addParticipations(Participation.builder().project(\"p\").start(LocalDate.of(2020, 1, 1))",
            "          .exitOutcome(ExitOutcome.EMPLOYMENT).build()).build())",
            "      .build();",
            "    java.util.List<Violation> violations = SamverkanValidator.create().validate(d);",
            "    violations.forEach(v -> System.out.println(v.path() + \" \" + v.rule()));",
            "    System.out.println(violations.get(0).message());",
            "    System.out.println(violations.get(0).message(java.util.Locale.ENGLISH));",
            "  }",
            "}");
        List<String> output = ModuleApplication.run(work, "se.samverkan.model", main, modulePath);
        assertThat(output).containsExactly(
            "/participants/0/participations/0/exitOutcome OUTCOME_WITHOUT_END",
            "/parties/0/id INVALID_ID",
            "/parties/0/population OUT_OF_RANGE",
            "status vid avslut får bara anges tillsammans med slutdatum",
            "an exit outcome may only be given together with an end date");
    }
}

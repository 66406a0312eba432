package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.model.testing.ModuleApplication;

/**
 * The JSON module works as a named module (JPMS): an application module that requires only
 * {@code se.samverkan.json} reads, writes and validates documents, so the mix-ins (opened to Jackson) and
 * the builders' instantiators (no {@code opens} of the model needed) work there too — without
 * samverkan-metrics on the module path, which only the metrics output writers need. The other tests run on
 * the class path.
 */
class ModulePathTest {

    private static final List<String> DEPENDENCIES = List.of("samverkan-model-", "jakarta.validation-api-",
        "hibernate-validator-", "jboss-logging-", "classmate-", "jackson-databind-", "jackson-core-",
        "jackson-annotations-");

    @TempDir
    Path work;

    @Test
    void an_application_module_reads_writes_and_validates_documents() throws IOException, InterruptedException {
        // samverkan-metrics is on this test's class path (the metrics writers' tests use it): leave it out
        List<String> modulePath = ModuleApplication.modulePathEntries(DEPENDENCIES).stream()
            .filter(entry -> !entry.contains("samverkan-metrics")).toList();
        assertThat(modulePath).as("classes and %s", DEPENDENCIES).hasSizeGreaterThanOrEqualTo(DEPENDENCIES.size());
        String main = String.join("\n",
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
            "}");
        List<String> output = ModuleApplication.run(work, "se.samverkan.json", main, modulePath);
        assertThat(output).containsExactly(
            "/parties/0/id 1:24",
            "true",
            "true",
            "/parties/0/type se.samverkan.json.unknown-enum",
            "true");
    }
}

package se.samverkan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of the library's modules, checked on the compiled classes: the model knows nothing of the
 * metrics, the JSON format or the command line; the metrics know nothing of JSON; the published modules
 * know nothing of the command line or the examples.
 */
class LayeringTest {

    private static final JavaClasses LIBRARY = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("se.samverkan");

    @Test
    void the_model_depends_on_no_other_layer() {
        noClasses().that().resideInAPackage("se.samverkan.model..")
            .should().dependOnClassesThat().resideInAnyPackage("se.samverkan.metrics..", "se.samverkan.json..",
                "se.samverkan.test..", "se.samverkan.cli..", "se.samverkan.examples..", "tools.jackson..")
            .check(LIBRARY);
    }

    @Test
    void the_metrics_do_not_depend_on_the_json_format() {
        noClasses().that().resideInAPackage("se.samverkan.metrics..")
            .should().dependOnClassesThat().resideInAnyPackage("se.samverkan.json..", "se.samverkan.test..",
                "se.samverkan.cli..", "se.samverkan.examples..", "tools.jackson..")
            .check(LIBRARY);
    }

    @Test
    void the_published_modules_do_not_depend_on_the_tool_or_the_examples() {
        noClasses().that().resideInAnyPackage("se.samverkan.json..", "se.samverkan.test..")
            .should().dependOnClassesThat().resideInAnyPackage("se.samverkan.cli..", "se.samverkan.examples..",
                "se.samverkan.export..", "se.samverkan.tables..")
            .check(LIBRARY);
    }
}

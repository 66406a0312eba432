package se.samverkan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public surface of the published modules is what they mean to publish: the {@code internal} packages
 * are exported by no module (opened only to the framework that reflects on them), and nothing a user can call or extend outside them shows an {@code internal}
 * type in its signature (so a class-path user, who sees every public class, never needs one).
 */
class PublicSurfaceTest {

    private static final JavaClasses LIBRARY = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("se.samverkan.model", "se.samverkan.metrics", "se.samverkan.json", "se.samverkan.test");

    private static final Set<JavaModifier> VISIBLE = Set.of(JavaModifier.PUBLIC, JavaModifier.PROTECTED);

    @Test
    void no_visible_signature_outside_internal_packages_shows_an_internal_type() {
        classes().that().resideOutsideOfPackage("..internal..").and().arePublic()
            .should(showNoInternalTypes())
            .check(LIBRARY);
    }

    @Test
    void the_rule_sees_an_internal_parameter_type() {
        // A class of the rule's own shape: a public method taking a type from an internal package.
        JavaClasses sample = new ClassFileImporter().importClasses(Exposing.class,
            se.samverkan.metrics.internal.ClassifiedParticipant.class);
        List<String> found = new ArrayList<>();
        for (JavaCodeUnit unit : sample.get(Exposing.class).getCodeUnits()) {
            found.addAll(internalTypes(unit));
        }
        assertThat(found).contains("se.samverkan.metrics.internal.ClassifiedParticipant");
    }

    @Test
    void no_module_exports_an_internal_package() throws IOException {
        // Every export counts (a qualified one too); an opening counts unless it names the framework that
        // reflects on the package (Jackson's mix-ins, Hibernate Validator's validators).
        Pattern exports = Pattern.compile("^\\s*(?:exports\\s+([\\w.]+)|opens\\s+([\\w.]+)\\s*;)", Pattern.MULTILINE);
        List<Path> descriptors;
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            descriptors = modules.map(m -> m.resolve("src/main/java/module-info.java")).filter(Files::isRegularFile)
                .toList();
        }
        assertThat(descriptors).hasSizeGreaterThanOrEqualTo(4);
        List<String> exported = new ArrayList<>();
        for (Path descriptor : descriptors) {
            Matcher matcher = exports.matcher(Files.readString(descriptor, StandardCharsets.UTF_8));
            while (matcher.find()) {
                exported.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
            }
        }
        assertThat(exported).contains("se.samverkan.metrics.goals", "se.samverkan.json")
            .noneMatch(name -> name.endsWith(".internal") || name.contains(".internal."));
    }

    /** Exists only to show that the rule would find a leak. */
    static final class Exposing {
        public void accept(se.samverkan.metrics.internal.ClassifiedParticipant participant) {
        }
    }

    private static ArchCondition<JavaClass> showNoInternalTypes() {
        return new ArchCondition<>("show no type of an internal package in a public or protected signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (!unit.getModifiers().stream().anyMatch(VISIBLE::contains) || unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                        continue;
                    }
                    for (String internal : internalTypes(unit)) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " shows " + internal));
                    }
                }
                for (JavaField field : type.getFields()) {
                    if (field.getModifiers().stream().anyMatch(VISIBLE::contains)) {
                        involved(field.getType()).filter(PublicSurfaceTest::isInternal).forEach(internal -> events.add(
                            SimpleConditionEvent.violated(field, field.getFullName() + " shows " + internal)));
                    }
                }
                Stream.concat(type.getRawSuperclass().stream(), type.getRawInterfaces().stream())
                    .map(JavaClass::getName).filter(PublicSurfaceTest::isInternal)
                    .forEach(internal -> events.add(
                        SimpleConditionEvent.violated(type, type.getName() + " extends " + internal)));
            }
        };
    }

    private static List<String> internalTypes(JavaCodeUnit unit) {
        Stream<JavaType> types = Stream.concat(Stream.concat(unit.getParameterTypes().stream(),
            Stream.of(unit.getReturnType())), unit.getExceptionTypes().stream());
        return types.flatMap(PublicSurfaceTest::involved).filter(PublicSurfaceTest::isInternal).distinct().toList();
    }

    private static Stream<String> involved(JavaType type) {
        return type.getAllInvolvedRawTypes().stream().map(JavaClass::getName);
    }

    private static boolean isInternal(String name) {
        return name.contains(".internal.");
    }
}

package se.samverkan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.samverkan.model.participant.ImmutableParticipant;

/**
 * The library works without an expression language: no EL implementation is on the
 * class path, messages are still interpolated, and every message the constraints use exists, EL-free,
 * in Swedish and English.
 */
class MessageBundlesTest {

    private static final Pattern TEMPLATE = Pattern.compile("\"\\{((?:se\\.samverkan|jakarta\\.validation)[^}\"]*)}\"");
    private static final Pattern BUILT_IN = Pattern.compile("import jakarta\\.validation\\.constraints\\.(\\w+);");

    @Test
    void no_expression_language_is_on_the_class_path() {
        assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
            .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"))
            .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void messages_are_interpolated_without_it() {
        ImmutableParticipant participant = FieldRules.participant().withBirthYear(2101);
        Violation violation = SamverkanValidator.create().validateObject(participant).get(0);
        assertThat(violation.message()).isEqualTo("får vara högst 2100");
        assertThat(violation.message(Locale.ENGLISH)).isEqualTo("must be less than or equal to 2100");
    }

    @Test
    void no_bundle_message_contains_an_expression() {
        for (String suffix : new String[] {"", "_sv", "_en"}) {
            Properties bundle = bundle(suffix);
            assertThat(bundle).isNotEmpty();
            bundle.forEach((key, message) -> assertThat((String) message).as("%s%s", key, suffix)
                .doesNotContain("${").doesNotContain("#{").isNotBlank());
        }
    }

    @Test
    void swedish_english_and_fallback_bundles_have_the_same_keys() {
        Set<Object> swedish = bundle("_sv").keySet();
        assertThat(bundle("_en").keySet()).isEqualTo(swedish);
        assertThat(bundle("").keySet()).isEqualTo(swedish);
    }

    @Test
    void swedish_messages_are_swedish() {
        Properties swedish = bundle("_sv");
        Properties english = bundle("_en");
        swedish.forEach((key, message) -> assertThat(message).as((String) key).isNotEqualTo(english.get(key)));
        assertThat(bundle("")).isEqualTo(english);
    }

    @Test
    void every_key_a_constraint_uses_is_in_both_languages() throws IOException {
        Set<String> used = usedKeys();
        assertThat(used).contains("se.samverkan.validation.Id.message", "se.samverkan.rule.OUTCOME_WITHOUT_END",
            "se.samverkan.validation.IndicatorComplete.missing", "se.samverkan.validation.DecimalMax.atMost",
            "jakarta.validation.constraints.Pattern.message");
        assertThat(bundle("_sv").keySet()).containsAll(used);
        assertThat(bundle("_en").keySet()).containsAll(used);
    }

    /** The templates named in the main sources, and the key of every built-in constraint they import. */
    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String source = read(f);
                Matcher template = TEMPLATE.matcher(source);
                while (template.find()) {
                    keys.add(template.group(1));
                }
                Matcher builtIn = BUILT_IN.matcher(source);
                while (builtIn.find()) {
                    if (!builtIn.group(1).equals("Pattern") || !source.contains("@ReportAsSingleViolation")) {
                        keys.add("jakarta.validation.constraints." + builtIn.group(1) + ".message");
                    }
                }
            });
        }
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle(String suffix) {
        String name = "/ContributorValidationMessages" + suffix + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package se.samverkan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.samverkan.metrics.costs.KeyProblemType;
import se.samverkan.model.problem.Severity;

/**
 * CHANGELOG.md names only what exists: every Java name it gives (a package or a type of the library) is
 * in the sources, except under "Removed", where it must be gone; every upper-case id it gives is a problem
 * id of docs/problems.md, a severity or a key problem type.
 */
class ChangelogTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> MODULES = List.of("samverkan-model", "samverkan-metrics", "samverkan-json",
        "samverkan-test");
    private static final Pattern JAVA_NAME = Pattern.compile("`(se\\.samverkan(?:\\.[a-z]+)+(?:\\.[A-Z]\\w*)?)`");
    private static final Pattern ID = Pattern.compile("`([A-Z][A-Z_]{3,})`");

    private static String latestRelease() throws IOException {
        String changelog = Files.readString(ROOT.resolve("CHANGELOG.md"), StandardCharsets.UTF_8);
        Map<String, String> releases = UserDocs.sections(changelog, 2);
        assertThat(releases).isNotEmpty();
        return releases.values().iterator().next();
    }

    /** Whether a package or type exists in the library's sources. */
    private static boolean exists(String name) {
        String path = name.replace('.', '/');
        return MODULES.stream().map(m -> ROOT.resolve(m).resolve("src/main/java"))
            .anyMatch(src -> Files.isDirectory(src.resolve(path)) || Files.isRegularFile(src.resolve(path + ".java")));
    }

    @Test
    void every_java_name_exists_except_the_removed_ones() throws IOException {
        Map<String, String> parts = UserDocs.sections(latestRelease(), 3);
        assertThat(parts).containsKeys("Added", "Changed", "Removed");
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, String> part : parts.entrySet()) {
            Matcher name = JAVA_NAME.matcher(part.getValue());
            while (name.find()) {
                String found = name.group(1);
                if (found.endsWith(".message")) {
                    continue;   // a message key of 0.1, quoted as such
                }
                checked.add(found);
                assertThat(exists(found)).as("%s under %s", found, part.getKey())
                    .isEqualTo(!part.getKey().equals("Removed"));
            }
        }
        assertThat(checked).contains("se.samverkan.model.problem.Severity", "se.samverkan.metrics.rules.Severity");
    }

    @Test
    void every_id_is_a_problem_id_a_severity_or_a_key_problem_type() throws IOException {
        Set<String> known = new HashSet<>();
        Matcher catalogued = Pattern.compile("`([A-Z][A-Z_]{3,})`").matcher(UserDocs.page("problems.md"));
        while (catalogued.find()) {
            known.add(catalogued.group(1));
        }
        Arrays.stream(Severity.values()).map(Enum::name).forEach(known::add);
        Arrays.stream(KeyProblemType.values()).map(Enum::name).forEach(known::add);
        Matcher id = ID.matcher(latestRelease());
        int count = 0;
        while (id.find()) {
            count++;
            assertThat(known).as("CHANGELOG.md names %s", id.group(1)).contains(id.group(1));
        }
        assertThat(count).isGreaterThan(10);
    }
}

package se.samverkan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docs/java.md shows code only by inclusion: every fenced block is preceded by a comment
 * {@code <!-- include: PATH#TAG -->} and must be exactly the region between {@code tag::TAG[]} and
 * {@code end::TAG[]} in that file (a path relative to the repository root), without the marker lines and
 * with the region's common indentation removed. So the guide's code is the code the examples' tests run.
 */
class JavaGuideTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern INCLUDE = Pattern.compile("<!-- include: ([^#\\s]+)#([\\w-]+) -->");

    /** One include comment of the page and the fenced block after it. */
    record Include(String path, String tag, String block, int line) {
    }

    @Test
    void every_code_block_is_the_region_it_claims_to_show() throws IOException {
        List<Include> includes = includes(UserDocs.page("java.md"));

        assertThat(includes).as("includes in docs/java.md").hasSizeGreaterThanOrEqualTo(10);
        for (Include include : includes) {
            assertThat(include.block())
                .as("docs/java.md line %d: the block after the include of %s#%s", include.line(), include.path(),
                    include.tag())
                .isEqualTo(region(Files.readString(ROOT.resolve(include.path()), StandardCharsets.UTF_8),
                    include.tag()));
        }
    }

    @Test
    void no_code_block_stands_without_an_include() {
        String page = UserDocs.page("java.md");
        String[] lines = page.split("\n", -1);
        boolean inBlock = false;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("```")) {
                continue;
            }
            if (!inBlock && !lines[i].equals("```") && !lines[i].equals("```sh")) {
                assertThat(i > 0 && INCLUDE.matcher(lines[i - 1]).matches())
                    .as("docs/java.md line %d: a %s block without an include comment above it", i + 1, lines[i])
                    .isTrue();
            }
            inBlock = !inBlock;
        }
    }

    @Test
    void the_region_of_a_tag_is_cut_and_dedented() {
        String source = "class A {\n    // tag::x[]\n    int a;\n      int b;\n\n    // end::x[]\n}\n";

        // The blank line inside the region stays (empty); the marker lines go.
        assertThat(region(source, "x")).isEqualTo("int a;\n  int b;\n\n");
    }

    @Test
    void a_block_that_differs_from_its_region_is_seen() {
        String page = "<!-- include: a.java#x -->\n```java\nint a;\n```\n";

        assertThat(includes(page)).containsExactly(new Include("a.java", "x", "int a;\n", 1));
        assertThat(includes(page).get(0).block()).isNotEqualTo(region("// tag::x[]\nint b;\n// end::x[]\n", "x"));
    }

    /** The include comments of a page, each with the fenced block that follows it on the next line. */
    static List<Include> includes(String page) {
        String[] lines = page.split("\n", -1);
        List<Include> includes = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher include = INCLUDE.matcher(lines[i]);
            if (!include.matches()) {
                continue;
            }
            assertThat(i + 1 < lines.length && lines[i + 1].startsWith("```"))
                .as("docs/java.md line %d: an include comment must be followed by a fenced block", i + 1).isTrue();
            StringBuilder block = new StringBuilder();
            int j = i + 2;
            while (j < lines.length && !lines[j].equals("```")) {
                block.append(lines[j]).append('\n');
                j++;
            }
            assertThat(j).as("docs/java.md line %d: the block is not closed", i + 2).isLessThan(lines.length);
            includes.add(new Include(include.group(1), include.group(2), block.toString(), i + 1));
        }
        return includes;
    }

    /** The lines strictly between {@code tag::TAG[]} and {@code end::TAG[]}, without their common indent. */
    static String region(String source, String tag) {
        List<String> region = new ArrayList<>();
        boolean inside = false;
        boolean found = false;
        for (String line : source.split("\n", -1)) {
            if (line.contains("end::" + tag + "[]")) {
                inside = false;
            } else if (line.contains("tag::" + tag + "[]")) {
                assertThat(found).as("tag %s appears twice", tag).isFalse();
                inside = true;
                found = true;
            } else if (inside) {
                region.add(line);
            }
        }
        assertThat(found).as("no region tag::%s[] in the file", tag).isTrue();
        int indent = region.stream().filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder text = new StringBuilder();
        for (String line : region) {
            text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return text.toString();
    }
}

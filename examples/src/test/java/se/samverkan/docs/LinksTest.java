package se.samverkan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every link of the docs pages leads somewhere: a relative link to a file of the repository that exists,
 * and an anchor ({@code page.md#anchor}, {@code #anchor}) to a heading of that page (as GitHub names
 * headings) or an explicit {@code <a id>}.
 */
class LinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.*?)\\s*$");
    private static final Pattern EXPLICIT = Pattern.compile("<a id=\"([^\"]+)\"");

    /** The anchors GitHub gives a page: each heading lower-cased, punctuation dropped, spaces as hyphens. */
    static Set<String> anchors(String page) {
        Set<String> anchors = new HashSet<>();
        Matcher heading = HEADING.matcher(page.replaceAll("(?ms)^```.*?^```", ""));
        while (heading.find()) {
            String slug = heading.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            String unique = slug;
            for (int n = 1; !anchors.add(unique); n++) {
                unique = slug + "-" + n;
            }
        }
        Matcher explicit = EXPLICIT.matcher(page);
        while (explicit.find()) {
            anchors.add(explicit.group(1));
        }
        return anchors;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(UserDocs.DOCS)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void the_anchor_names_follow_github() {
        assertThat(anchors("## The förbund key\n### `UNKNOWN_REFERENCE`\n## Series (`metrics --by`, planned)\n## A\n## A"))
            .containsExactlyInAnyOrder("the-förbund-key", "unknown_reference", "series-metrics---by-planned", "a", "a-1");
    }

    @Test
    void every_link_of_the_docs_resolves() throws IOException {
        List<Path> pages = pages();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(6);
        int links = 0;
        for (Path page : pages) {
            String text = Files.readString(page);
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue; // an external address
                }
                links++;
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                assertThat(resolved).as("link %s in %s", target, page.getFileName()).exists();
                if (hash >= 0) {
                    assertThat(anchors(Files.readString(resolved)))
                        .as("anchor of link %s in %s", target, page.getFileName()).contains(target.substring(hash + 1));
                }
            }
        }
        assertThat(links).isGreaterThan(50);
    }
}

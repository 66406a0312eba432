package se.samverkan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The key table of the {@code metrics} section of docs/cli.md names exactly the keys of a project object, of
 * its {@code costs} and of a finding that the tool writes, so a key added to the output (or dropped from it)
 * fails this test until the table says so.
 */
class MetricsKeysReferenceTest {

    /**
     * The keys the table names: the last part of each code span of its first column, and the object a
     * dotted name is in.
     */
    private static Set<String> documented() {
        String section = UserDocs.sections(UserDocs.page("cli.md"), 2).get("`metrics`");
        assertThat(section).as("the metrics section of cli.md").isNotNull();
        Set<String> keys = new LinkedHashSet<>();
        for (List<List<String>> table : UserDocs.tables(section)) {
            if (!table.get(0).get(0).equals("key")) {
                continue;
            }
            for (List<String> row : table.subList(1, table.size())) {
                for (String name : UserDocs.codeSpans(row.get(0))) {
                    int dot = name.indexOf('.');
                    if (dot > 0 && !name.startsWith("findings[]")) {
                        // costs.budgetTotal names the project's key costs and the key within it; findings[]
                        // is the top-level list, not a key of the objects compared.
                        keys.add(name.substring(0, dot));
                    }
                    keys.add(name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf(']')) + 1));
                }
            }
        }
        return keys;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.propertyNames().forEach(keys::add);
        return keys;
    }

    @Test
    void the_key_table_names_the_keys_of_a_project_its_costs_and_a_finding() {
        UserDocs.Run run = UserDocs.tool("", "metrics", "data/gemensamma-taget-vuxna.json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        JsonNode project = root.get("projects").get(0);
        Set<String> written = new LinkedHashSet<>(keys(project));
        written.addAll(keys(project.get("costs")));
        written.addAll(keys(root.get("findings").get(0)));

        assertThat(documented()).containsExactlyInAnyOrderElementsOf(written);
    }

    /** The keys the series table of docs/metrics.md names: the last part of each code span of its first column. */
    private static Set<String> documentedSeriesKeys() {
        String section = UserDocs.sections(UserDocs.page("metrics.md"), 2).get("Series (`metrics --by`)");
        assertThat(section).as("the series section of metrics.md").isNotNull();
        Set<String> keys = new LinkedHashSet<>();
        for (List<List<String>> table : UserDocs.tables(section)) {
            if (table.get(0).get(0).equals("series key")) {
                for (List<String> row : table.subList(1, table.size())) {
                    for (String name : UserDocs.codeSpans(row.get(0))) {
                        keys.add(name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf(']')) + 1));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void the_series_table_names_the_keys_of_a_published_series_and_of_its_periods() {
        UserDocs.Run run = UserDocs.tool("", "metrics", "data/gemensamma-taget-vuxna.json", "--by", "YEAR",
            "--disclosed");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        Set<String> written = new LinkedHashSet<>(keys(root));
        written.addAll(keys(root.get("series").get(0)));

        assertThat(documentedSeriesKeys()).containsExactlyInAnyOrderElementsOf(written);
    }
}

package se.samverkan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.json.internal.ProblemType;
import se.samverkan.metrics.rules.Rule;

/**
 * docs/problems.md lists every problem id the code can produce, with the severity the code gives it: the
 * reporting rules ({@link Rule}), the reading problems of the JSON reader, and every id the tool prints.
 */
class ProblemCatalogueTest {

    /** An id as the catalogue writes it: a heading {@code ### `ID`} or the first cell of a table row. */
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern HEADING_ID = Pattern.compile("`(" + ID + ")`");
    private static final Pattern SEVERITY = Pattern.compile("(?m)^- \\*\\*Severity:\\*\\* (\\S+)\\s*$");

    /**
     * The ids of the reading problems, settled for the JSON reader: every reading problem maps to one of
     * them. (The reader does not name them yet; when {@link ProblemType} gains an {@code id()}, its ids are
     * checked as well.)
     */
    private static final List<String> READING_IDS = List.of("SYNTAX_ERROR", "TRAILING_CONTENT", "DUPLICATE_KEY",
        "UNKNOWN_PROPERTY", "MISSING_PROPERTY", "WRONG_TYPE", "UNKNOWN_CODE", "BAD_DATE", "BAD_AMOUNT",
        "NOT_AN_INTEGER", "LIMIT_EXCEEDED", "TOO_MANY_PROBLEMS", "BAD_ENCODING");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every id of the catalogue with the severities it is listed with (one, unless the page contradicts itself). */
    private static Map<String, Set<String>> catalogue() {
        Map<String, Set<String>> severities = new TreeMap<>();
        String page = UserDocs.page("problems.md");
        for (Map.Entry<String, String> section : UserDocs.sections(page, 3).entrySet()) {
            Matcher id = HEADING_ID.matcher(section.getKey());
            Matcher severity = SEVERITY.matcher(section.getValue());
            if (id.matches()) {
                severities.computeIfAbsent(id.group(1), k -> new LinkedHashSet<>())
                    .add(severity.find() ? severity.group(1) : "(no severity line)");
            }
        }
        for (List<List<String>> table : UserDocs.tables(page)) {
            int idColumn = table.get(0).indexOf("id");
            int severityColumn = table.get(0).indexOf("severity");
            if (idColumn < 0 || severityColumn < 0) {
                continue;
            }
            for (List<String> row : table.subList(1, table.size())) {
                for (String name : UserDocs.codeSpans(row.get(idColumn))) {
                    if (ID.matcher(name).matches()) {
                        severities.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(row.get(severityColumn));
                    }
                }
            }
        }
        return severities;
    }

    /** The ids listed under one {@code ##} part of the page, such as "Reading problems". */
    private static Set<String> listedUnder(String part) {
        String text = UserDocs.sections(UserDocs.page("problems.md"), 2).get(part);
        assertThat(text).as("problems.md has a part \"## %s\"", part).isNotNull();
        Set<String> ids = new LinkedHashSet<>();
        Matcher heading = Pattern.compile("(?m)^### `(" + ID + ")`").matcher(text);
        while (heading.find()) {
            ids.add(heading.group(1));
        }
        return ids;
    }

    @Test
    void the_catalogue_is_read_and_gives_each_id_one_severity() {
        Map<String, Set<String>> catalogue = catalogue();

        // A parse that finds nothing would let every other test pass: the page has well over 50 ids.
        assertThat(catalogue).hasSizeGreaterThan(50);
        catalogue.forEach((id, severities) -> assertThat(severities)
            .as("severity of %s in problems.md", id).hasSize(1).isSubsetOf("ERROR", "WARNING"));
    }

    @Test
    void every_reporting_rule_is_listed_with_its_severity() {
        Map<String, Set<String>> catalogue = catalogue();
        Set<String> reportingRules = listedUnder("Reporting rules");

        for (Rule rule : Rule.values()) {
            assertThat(catalogue.get(rule.id())).as("problems.md entry of reporting rule %s", rule.id())
                .containsExactly(rule.severity().name());
            assertThat(reportingRules).as("reporting rules of problems.md").contains(rule.id());
        }
    }

    @Test
    void every_reading_problem_is_listed_as_an_error() {
        Map<String, Set<String>> catalogue = catalogue();
        Set<String> readingIds = new LinkedHashSet<>(READING_IDS);
        readingIds.addAll(problemTypeIds());

        assertThat(listedUnder("Reading problems")).containsAll(readingIds);
        for (String id : readingIds) {
            assertThat(catalogue.get(id)).as("problems.md entry of reading problem %s", id).containsExactly("ERROR");
        }
    }

    /** The ids {@link ProblemType} names, once it has an {@code id()} method; none before. */
    private static List<String> problemTypeIds() {
        Method id;
        try {
            id = ProblemType.class.getMethod("id");
        } catch (NoSuchMethodException e) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (ProblemType type : ProblemType.values()) {
            try {
                ids.add(String.valueOf(id.invoke(type)));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("ProblemType.id() of " + type, e);
            }
        }
        return ids;
    }

    /**
     * Every id the tool prints for the sample documents and for documents that break field rules is in
     * the catalogue with the severity printed. (Field rules that still print their message key instead of
     * an id are skipped here until they carry one; the reporting rules always do.)
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "data/gemensamma-taget-vuxna.json", "data/gransgangare-esf.json", "data/kavlinge-lomma-process.json",
        "data/mysam-gavle-forstudie.json"})
    void every_id_the_tool_prints_for_a_sample_is_listed(String sample) {
        assertPrintedIdsListed(UserDocs.tool("", "validate", Path.of(sample).toString(), "--json", "--lang", "en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // INVALID_ID, OUT_OF_RANGE
        "{\"participants\":[{\"id\":\"P 1\",\"gender\":\"MAN\",\"birthYear\":1800}]}",
        // END_BEFORE_START, OUTCOME_WITHOUT_END, ANONYMOUS_WITH_PERSONAL_DATA, UNKNOWN_REFERENCE
        "{\"participants\":[{\"id\":\"p1\",\"gender\":\"MAN\",\"anonymous\":true,\"educationLevel\":\"UNKNOWN\","
            + "\"participations\":[{\"project\":\"x\",\"start\":\"2010-01-02\",\"end\":\"2010-01-01\"},"
            + "{\"project\":\"x\",\"start\":\"2011-01-02\",\"exitOutcome\":\"MOVED\"}]}]}",
        // NEGATIVE_AMOUNT, UNSUPPORTED_SCHEMA_VERSION, INVALID_TEXT, UNKNOWN_REFERENCE
        "{\"schemaVersion\":\"2\",\"parties\":[{\"id\":\"sf\",\"name\":\" \",\"type\":\"COORDINATION_ASSOCIATION\"}],"
            + "\"associations\":[{\"id\":\"sf\",\"members\":[\"fk\"],\"funding\":[{\"year\":2008,\"total\":\"-1\"}]}]}"})
    void every_id_the_tool_prints_for_broken_data_is_listed(String document) {
        UserDocs.Run run = UserDocs.tool(document, "validate", "-", "--json", "--lang", "en");

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertPrintedIdsListed(run);
    }

    private static void assertPrintedIdsListed(UserDocs.Run run) {
        assertThat(run.status()).as(run.err()).isIn(0, 1);
        Map<String, Set<String>> catalogue = catalogue();
        Map<String, String> printed = new LinkedHashMap<>();
        for (JsonNode problem : JSON.readTree(run.out())) {
            String rule = problem.get("rule").asString();
            if (ID.matcher(rule).matches()) {
                printed.put(rule, problem.get("severity").asString());
            }
        }
        printed.forEach((id, severity) -> assertThat(catalogue.get(id))
            .as("problems.md entry of %s, printed by validate", id).containsExactly(severity));
    }
}

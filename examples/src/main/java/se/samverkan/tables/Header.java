package se.samverkan.tables;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The header row of a table mapped to columns: which cell of a row holds which column, and the survey
 * answer columns. Unknown headings, a column given twice and missing required columns are problems of
 * row 1. A blank heading names no column (Excel often saves a trailing separator).
 */
final class Header {

    /** A survey question id: the document's id syntax (lower-case letter or digit, then also {@code . _ -}). */
    private static final Pattern QUESTION_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
    private final Map<String, Integer> survey = new LinkedHashMap<>();
    private final List<String> headings;

    private Header(List<String> headings) {
        this.headings = List.copyOf(headings);
    }

    static Header of(List<String> headings, TableKind kind, Problems problems) {
        Header header = new Header(headings);
        List<Column> known = Column.of(kind);
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i).trim();
            if (heading.isEmpty()) {
                continue;
            }
            Column column = known.stream().filter(c -> c.isNamedBy(heading)).findFirst().orElse(null);
            String question = kind == TableKind.PARTICIPATIONS ? question(heading) : null;
            if (column != null) {
                if (header.columns.putIfAbsent(column, i) != null) {
                    problems.add(1, heading, heading, "kolumnen finns redan (" + column.english() + ")",
                        "the column is given twice (" + column.english() + ")");
                }
            } else if (question != null) {
                if (header.survey.putIfAbsent(question, i) != null) {
                    problems.add(1, heading, heading, "kolumnen finns redan", "the column is given twice");
                }
            } else {
                problems.add(1, heading, heading, "okänd kolumn", "unknown column");
            }
        }
        for (Column column : known) {
            if (column.required() && !header.columns.containsKey(column)) {
                problems.add(1, column.english(), "", "kolumnen saknas (" + column.swedish() + ")",
                    "the column is missing (" + column.english() + ")");
            }
        }
        return header;
    }

    /** The question id of a survey heading ({@code survey.<id>} or {@code enkät.<id>}), or null. */
    private static String question(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {Column.SURVEY, Column.SURVEY_SWEDISH}) {
            if (lower.startsWith(prefix)) {
                String id = heading.substring(prefix.length());
                return QUESTION_ID.matcher(id).matches() ? id : null;
            }
        }
        return null;
    }

    /** Whether every required column is there (else no row can be read). */
    boolean complete(TableKind kind) {
        return Column.of(kind).stream().noneMatch(c -> c.required() && !columns.containsKey(c));
    }

    boolean has(Column column) {
        return columns.containsKey(column);
    }

    /** The trimmed text of a column in a row ("" when absent or blank). */
    String cell(List<String> cells, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= cells.size() ? "" : cells.get(index).trim();
    }

    /** The heading of a column as written in the header row. */
    String heading(Column column) {
        Integer index = columns.get(column);
        return index == null ? column.english() : headings.get(index).trim();
    }

    Map<String, Integer> survey() {
        return survey;
    }

    String heading(int index) {
        return headings.get(index).trim();
    }

    /** Cells under a blank heading that are not blank: data without a column. */
    void checkUnnamed(List<String> cells, long row, Problems problems) {
        for (int i = 0; i < cells.size(); i++) {
            boolean named = i < headings.size() && !headings.get(i).trim().isEmpty();
            if (!named && !cells.get(i).trim().isEmpty()) {
                problems.add(row, "#" + (i + 1), cells.get(i), "värde utan kolumnrubrik",
                    "a value without a column heading");
            }
        }
    }
}

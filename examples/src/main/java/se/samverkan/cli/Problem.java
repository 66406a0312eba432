package se.samverkan.cli;

import java.util.Objects;

/**
 * One problem that {@code validate} reports (JSON.md §2): rule id, severity, JSON Pointer, message, and
 * the line and column in the text when known (0 when not).
 */
final class Problem {

    final String rule;
    final String severity;
    final String path;
    final String message;
    final int line;
    final int column;

    Problem(String rule, String severity, String path, String message, int line, int column) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.path = Objects.requireNonNull(path, "path");
        this.message = Objects.requireNonNull(message, "message");
        this.line = line;
        this.column = column;
    }

    boolean isError() {
        return severity.equals("ERROR");
    }

    /** The identity under which a problem is reported once: the same rule at the same place. */
    String key() {
        return rule + '\u0000' + path;
    }
}

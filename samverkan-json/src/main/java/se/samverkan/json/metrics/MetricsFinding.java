package se.samverkan.json.metrics;

import java.util.Objects;

import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.Rule;
import se.samverkan.model.problem.Severity;

/**
 * A reporting-rule finding (<i>fynd</i>) as the metrics output lists it (JSON.md §3): the rule, its
 * severity and the JSON Pointer of the place, without the message.
 *
 * <p>Besides {@link #of(Finding)}, {@link #at(Finding, String)} moves a finding to another pointer: a
 * streaming caller that checks participants in batches uses it to give each finding the participant's
 * index in the whole document.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MetricsFinding {

    private final Rule rule;
    private final Severity severity;
    private final String path;

    private MetricsFinding(Rule rule, Severity severity, String path) {
        this.rule = rule;
        this.severity = severity;
        this.path = path;
    }

    /**
     * The listed form of a finding.
     *
     * @param finding the finding, not null
     * @return the listed finding, never null
     * @throws NullPointerException if {@code finding} is null
     */
    public static MetricsFinding of(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        return new MetricsFinding(finding.rule(), finding.severity(), finding.path());
    }

    /**
     * The listed form of a finding, placed at another JSON Pointer.
     *
     * @param finding the finding, not null
     * @param path    the pointer to list it at, not null
     * @return the listed finding, never null
     * @throws NullPointerException if an argument is null
     */
    public static MetricsFinding at(Finding finding, String path) {
        Objects.requireNonNull(finding, "finding");
        return new MetricsFinding(finding.rule(), finding.severity(), Objects.requireNonNull(path, "path"));
    }

    /**
     * The rule that found the problem.
     *
     * @return the rule, never null
     */
    public Rule rule() {
        return rule;
    }

    /**
     * The severity.
     *
     * @return the severity, never null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * The JSON Pointer of the place in the document.
     *
     * @return the pointer, never null
     */
    public String path() {
        return path;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MetricsFinding && ((MetricsFinding) other).rule == rule
            && ((MetricsFinding) other).severity == severity && ((MetricsFinding) other).path.equals(path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, severity, path);
    }

    @Override
    public String toString() {
        return rule.id() + " " + severity + " " + path;
    }
}

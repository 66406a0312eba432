package se.samverkan.json.metrics;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.Rule;
import se.samverkan.model.problem.Position;
import se.samverkan.model.problem.Severity;

import org.jspecify.annotations.Nullable;

/**
 * A reporting-rule finding (<i>fynd</i>) as the metrics output lists it (see {@code docs/cli.md}): the rule,
 * its severity, the JSON Pointer of the place, the message in the language asked for, and the line and
 * column of the place in the input text when they are known.
 *
 * <p>Besides {@link #of(Finding)}, {@link #at(Finding, String)} moves a finding to another pointer: a
 * streaming caller that checks participants in batches uses it to give each finding the participant's
 * index in the whole document. {@link #in(Locale)} and {@link #located(Position)} give the same finding
 * with its message in another language or with its position.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MetricsFinding {

    private final Finding finding;
    private final String path;
    private final Locale locale;
    private final Position position;

    private MetricsFinding(Finding finding, String path, Locale locale, Position position) {
        this.finding = finding;
        this.path = path;
        this.locale = locale;
        this.position = position;
    }

    /**
     * The listed form of a finding: its message in Swedish, the default language, and no position.
     *
     * @param finding the finding, not null
     * @return the listed finding, never null
     * @throws NullPointerException if {@code finding} is null
     */
    public static MetricsFinding of(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        return new MetricsFinding(finding, finding.path(), Locale.ROOT, null);
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
        return new MetricsFinding(finding, Objects.requireNonNull(path, "path"), Locale.ROOT, null);
    }

    /**
     * This finding with its message in another language (English for an English locale, else Swedish).
     *
     * @param language the language of the message, not null
     * @return the finding, never null
     * @throws NullPointerException if {@code language} is null
     */
    public MetricsFinding in(Locale language) {
        return new MetricsFinding(finding, path, Objects.requireNonNull(language, "language"), position);
    }

    /**
     * This finding with the position of its place in the input text.
     *
     * @param at the line and column of the value {@link #path()} names, or null when the text does not
     *           hold it
     * @return the finding, never null
     */
    public MetricsFinding located(@Nullable Position at) {
        return new MetricsFinding(finding, path, locale, at);
    }

    /**
     * The rule that found the problem.
     *
     * @return the rule, never null
     */
    public Rule rule() {
        return finding.rule();
    }

    /**
     * The severity.
     *
     * @return the severity, never null
     */
    public Severity severity() {
        return finding.severity();
    }

    /**
     * The JSON Pointer of the place in the document.
     *
     * @return the pointer, never null
     */
    public String path() {
        return path;
    }

    /**
     * The message, in the language this finding was given.
     *
     * @return the message, never null
     */
    public String message() {
        return finding.message(locale);
    }

    /**
     * The line and column (from 1) of the place in the input text.
     *
     * @return the position, or empty when it is not known
     */
    public Optional<Position> position() {
        return Optional.ofNullable(position);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MetricsFinding that && that.rule() == rule() && that.path.equals(path)
            && that.message().equals(message()) && Objects.equals(that.position, position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule(), path, message(), position);
    }

    @Override
    public String toString() {
        return rule().id() + " " + severity() + " " + path + (position == null ? "" : " " + position);
    }
}

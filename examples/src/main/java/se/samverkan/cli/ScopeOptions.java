package se.samverkan.cli;

import java.time.LocalDate;
import java.util.Optional;

import picocli.CommandLine.Option;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.model.time.Period;

/**
 * The options that choose what a command measures (a picocli mixin): {@code --project ID},
 * {@code --from DATE --to DATE} (the measurement period, <i>mätperiod</i>) and {@code --as-of DATE}.
 */
final class ScopeOptions {

    @Option(names = "--project")
    String project;

    @Option(names = "--from")
    LocalDate from;

    @Option(names = "--to")
    LocalDate to;

    @Option(names = "--as-of")
    LocalDate asOf;

    /** The one project asked for, or empty for every project. */
    Optional<String> project() {
        return Optional.ofNullable(project);
    }

    /**
     * The measurement scope of {@code --from}, {@code --to} and {@code --as-of}.
     *
     * @throws UsageException when only one of {@code --from} and {@code --to} is given, or {@code --from} is
     *                        after {@code --to}
     */
    MeasurementScope scope(Messages messages) throws UsageException {
        if ((from == null) != (to == null)) {
            throw new UsageException(messages.text("error.fromTo"));
        }
        if (from != null && from.isAfter(to)) {
            throw new UsageException(messages.text("error.fromAfterTo", from, to));
        }
        return MeasurementScope.of(from == null ? null : Period.of(from, to), asOf);
    }
}

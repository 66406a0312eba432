package se.samverkan.spring.sample;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.samverkan.metrics.MeasurementScope;
import se.samverkan.model.time.Period;

/**
 * The measurement scope (<i>mätperiod</i>) of {@code POST /documents/metrics} from its query parameters,
 * with the command-line tool's meaning (docs/cli.md): {@code from} and {@code to} together give the
 * period, else each insats's own period; {@code asOf} the date the figures are taken at.
 */
final class ScopeParameters {

    private ScopeParameters() {
    }

    /**
     * The scope of the parameters.
     *
     * @param from the first day of the period, ISO format, or null
     * @param to the last day of the period, ISO format, or null
     * @param asOf the date of the figures, ISO format, or null
     * @return the scope
     * @throws BadParameterException if a date is not an ISO date, only one of {@code from} and {@code to}
     *     is given, or {@code from} is after {@code to}
     */
    static MeasurementScope scope(@Nullable String from, @Nullable String to, @Nullable String asOf) {
        Optional<LocalDate> start = date("from", from);
        Optional<LocalDate> end = date("to", to);
        Optional<LocalDate> at = date("asOf", asOf);
        if (start.isPresent() != end.isPresent()) {
            throw new BadParameterException(start.isPresent() ? "to" : "from", "parameter.fromAndTo");
        }
        if (start.isPresent() && start.get().isAfter(end.get())) {
            throw new BadParameterException("from", "parameter.fromAfterTo", start.get(), end.get());
        }
        Period period = start.isPresent() ? Period.of(start.get(), end.get()) : null;
        return MeasurementScope.of(period, at.orElse(null));
    }

    private static Optional<LocalDate> date(String parameter, @Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new BadParameterException(parameter, "parameter.date", parameter, text);
        }
    }
}

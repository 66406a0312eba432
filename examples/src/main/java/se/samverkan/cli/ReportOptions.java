package se.samverkan.cli;

import java.util.Objects;
import java.util.Optional;

import se.samverkan.metrics.MeasurementScope;

/**
 * What {@code report} was asked for: the measurement window ({@code --from/--to/--as-of}), one insats
 * only ({@code --project}) and whether the reporting-rule findings are included ({@code --no-findings}
 * leaves them out).
 *
 * @param scope the measurement period and as-of date
 * @param project the id of the one insats to report, or empty for all
 * @param findings whether the findings tables are part of the report
 */
record ReportOptions(MeasurementScope scope, Optional<String> project, boolean findings) {

    ReportOptions {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(project, "project");
    }

    /** Every insats over its own project period, with the findings. */
    static ReportOptions defaults() {
        return new ReportOptions(MeasurementScope.projectPeriod(), Optional.empty(), true);
    }
}

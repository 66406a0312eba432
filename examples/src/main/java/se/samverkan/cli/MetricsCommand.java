package se.samverkan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import se.samverkan.json.ParticipantReader;
import se.samverkan.json.SamverkanJson;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.json.metrics.MetricsJsonWriter;
import se.samverkan.metrics.DocumentAccumulator;
import se.samverkan.metrics.DocumentMeasurement;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.series.PeriodLength;
import se.samverkan.metrics.series.SeriesAccumulator;
import se.samverkan.metrics.series.SeriesMeasurement;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.Project;

/**
 * {@code metrics FILE [--project ID] [--from DATE --to DATE] [--as-of DATE] [--by PERIOD] [--disclosed]}
 * (docs/cli.md): streams the participants through the metrics accumulators and prints the metrics JSON; with
 * {@code --by}, a series of calendar periods; with {@code --disclosed}, the published view (every figure that
 * could reveal a small count is null).
 *
 * <p>The participants are read one at a time, counted, and checked by the reporting rules as a stream
 * (the reporting rules' streaming accumulator), which gives the findings {@code validate}'s rules give for the
 * whole document, the rules across participants included. Memory grows with the number of distinct
 * participant ids only, never with the participants themselves. The findings carry their message in the
 * {@code --lang} language and the line and column of their place, found in one more pass over the text.
 */
@picocli.CommandLine.Command(name = "metrics")
final class MetricsCommand implements Command {

    private static final int PROGRESS_EVERY = 10_000;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Mixin
    ScopeOptions scope;

    @Option(names = "--by", paramLabel = "PERIOD")
    PeriodLength by;

    @Option(names = "--disclosed")
    boolean disclosed;

    @Override
    public int run(Terminal terminal) throws UsageException, IOException {
        return metrics(file, scope.project(), scope.scope(terminal.messages), Optional.ofNullable(by), disclosed,
            terminal);
    }

    /**
     * Prints the metrics of the document in {@code file} ({@code -}: standard input) for {@code project} (or
     * every project) in {@code scope}; {@code by}: as a series of calendar periods; {@code disclosed}: the
     * published view.
     */
    static int metrics(Path file, Optional<String> project, MeasurementScope scope, Optional<PeriodLength> by,
        boolean disclosed, Terminal terminal) throws UsageException, IOException {
        Messages messages = terminal.messages;
        SamverkanJson json = SamverkanJson.create();
        // Standard input is kept in a temporary file (deleted at the end) rather than in memory: the
        // participants stream from it as from a named file, and the findings are located in it afterwards.
        Path spooled = Input.isStandardInput(file) ? spool(terminal) : null;
        try {
            return run(project, by, disclosed, terminal, json, scope,
                spooled != null ? spooled : Input.path(file, messages));
        } finally {
            if (spooled != null) {
                Files.deleteIfExists(spooled);
            }
        }
    }

    private static Path spool(Terminal terminal) throws IOException {
        Path spooled = Files.createTempFile("samverkan-metrics-", ".json");
        try {
            Files.copy(terminal.in, spooled, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(spooled);
            throw e;
        }
        return spooled;
    }

    private static int run(Optional<String> project, Optional<PeriodLength> by, boolean disclosed,
        Terminal terminal, SamverkanJson json, MeasurementScope scope, Path input)
        throws UsageException, IOException {
        Messages messages = terminal.messages;
        try (ParticipantReader reader = json.openParticipants(input)) {
            SamverkanDocument header = reader.header();
            List<Project> projects = projects(header, project, messages);
            MetricsJsonWriter writer = MetricsJsonWriter.create();
            NonClosingStream out = new NonClosingStream(terminal.out);
            if (by.isPresent()) {
                SeriesMeasurement measurement = SeriesMeasurement.of(by.get(), scope);
                SeriesAccumulator series = (disclosed ? measurement.disclosed(DisclosureControl.defaults())
                    : measurement).accumulator(header, projects);
                read(reader, series::accept, terminal);
                // One more pass over the text locates every finding at once.
                writer.write(series.result().locatedBy(json.positions(input)), messages.locale(), out);
            } else {
                DocumentMeasurement measurement = DocumentMeasurement.of(scope);
                DocumentAccumulator metrics = (disclosed ? measurement.disclosed(DisclosureControl.defaults())
                    : measurement).accumulator(header, projects);
                read(reader, metrics::accept, terminal);
                writer.write(metrics.result().locatedBy(json.positions(input)), messages.locale(), out);
            }
            terminal.out.println();
            return SamverkanCli.OK;
        } catch (SamverkanJsonException e) {
            throw Input.problem(e, messages);
        }
    }

    /** Feeds every participant to the accumulator, showing progress on a terminal. */
    private static void read(ParticipantReader reader, Consumer<Participant> accumulator, Terminal terminal) {
        Messages messages = terminal.messages;
        int read = 0;
        while (reader.hasNext()) {
            accumulator.accept(reader.next());
            read++;
            if (terminal.interactive && read % PROGRESS_EVERY == 0) {
                terminal.err.print("\r" + messages.text("progress.participants", read));
            }
        }
        if (terminal.interactive && read >= PROGRESS_EVERY) {
            terminal.err.println("\r" + messages.text("progress.participants", read));
        }
    }

    static List<Project> projects(SamverkanDocument header, Optional<String> only, Messages messages)
        throws UsageException {
        if (only.isEmpty()) {
            return header.getProjects();
        }
        List<Project> projects = header.getProjects().stream().filter(p -> p.getId().equals(only.get()))
            .collect(Collectors.toList());
        if (projects.isEmpty()) {
            throw new UsageException(messages.text("error.project.unknown", only.get()));
        }
        return projects;
    }
}

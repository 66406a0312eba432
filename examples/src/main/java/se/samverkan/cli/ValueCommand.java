package se.samverkan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import se.samverkan.json.ParticipantReader;
import se.samverkan.json.SamverkanJson;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.json.ValuationJson;
import se.samverkan.json.metrics.ValuationJsonWriter;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.valuation.ProjectValuation;
import se.samverkan.metrics.valuation.ValuationAccumulator;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.valuation.ValuationParameters;

/**
 * {@code value FILE --parameters P.json [--project ID] [--from D --to D] [--as-of D]}: the socio-economic
 * valuation of each insats (<i>samhällsekonomisk kalkyl</i>) as JSON. The parameters file is read and
 * validated first; any problem in it is exit 2 with its line, column and JSON Pointer. The participants
 * are then streamed, one at a time, through the valuation's accumulator.
 */
@picocli.CommandLine.Command(name = "value")
final class ValueCommand implements Command {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--parameters")
    Path parameters;

    @Mixin
    ScopeOptions scope;

    @Override
    public int run(Terminal terminal) throws UsageException, IOException {
        Messages messages = terminal.messages;
        if (parameters == null) {
            throw new UsageException(messages.text("error.parameters.missing"));
        }
        return value(file, parameters, scope.project(), scope.scope(messages), terminal);
    }

    /**
     * Prints the valuation of the document in {@code file} ({@code -}: standard input) with the parameters in
     * {@code parametersFile}, for {@code project} (or every project) in {@code scope}.
     */
    static int value(Path file, Path parametersFile, Optional<String> project, MeasurementScope scope,
        Terminal terminal) throws UsageException, IOException {
        Messages messages = terminal.messages;
        ValuationParameters parameters = parameters(parametersFile, messages);
        ProjectValuation valuation = ProjectValuation.of(parameters, scope);
        SamverkanJson json = SamverkanJson.create();
        try (ParticipantReader reader = Input.isStandardInput(file)
            ? json.openParticipants(terminal.in) : json.openParticipants(Input.path(file, messages))) {
            SamverkanDocument header = reader.header();
            ValuationAccumulator accumulator = valuation.accumulator(header,
                MetricsCommand.projects(header, project, messages));
            reader.forEachRemaining(accumulator::accept);
            ValuationJsonWriter.create().write(accumulator.result(), messages.locale(),
                new NonClosingStream(terminal.out));
            terminal.out.println();
            return SamverkanCli.OK;
        } catch (SamverkanJsonException e) {
            throw Input.problem(e, messages);
        }
    }

    /** The parameters file, read and validated; every problem in it is a usage error naming the file. */
    static ValuationParameters parameters(Path file, Messages messages) throws UsageException, IOException {
        Path path;
        try {
            path = Input.path(file, messages);
        } catch (UsageException e) {
            throw new UsageException(messages.text("error.parameters", file, e.getMessage()));
        }
        try {
            return ValuationJson.create().readParameters(path);
        } catch (SamverkanJsonException e) {
            throw Input.problem(e, messages, file);
        }
    }
}

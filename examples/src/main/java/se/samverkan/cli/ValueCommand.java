package se.samverkan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

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
final class ValueCommand implements Command {

    @Override
    public String name() {
        return "value";
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public Set<String> valued() {
        return Set.of("--parameters", "--project", "--from", "--to", "--as-of");
    }

    @Override
    public int run(Arguments arguments, Terminal terminal) throws UsageException, IOException {
        Messages messages = terminal.messages;
        String file = arguments.file(messages);
        MeasurementScope scope = MetricsCommand.scope(arguments, messages);
        ValuationParameters parameters = parameters(arguments, messages);
        ProjectValuation valuation = ProjectValuation.of(parameters, scope);
        SamverkanJson json = SamverkanJson.create();
        try (ParticipantReader reader = Input.isStandardInput(file)
            ? json.openParticipants(terminal.in) : json.openParticipants(Input.path(file, messages))) {
            SamverkanDocument header = reader.header();
            ValuationAccumulator accumulator = valuation.accumulator(header,
                MetricsCommand.projects(header, arguments.value("--project"), messages));
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
    static ValuationParameters parameters(Arguments arguments, Messages messages) throws UsageException, IOException {
        Optional<String> file = arguments.value("--parameters");
        if (file.isEmpty()) {
            throw new UsageException(messages.text("error.parameters.missing"));
        }
        Path path = Input.path(file.get(), messages);
        try {
            return ValuationJson.create().readParameters(path);
        } catch (SamverkanJsonException e) {
            throw new UsageException(messages.text("error.parameters", file.get(),
                Input.problem(e, messages).getMessage()));
        }
    }
}

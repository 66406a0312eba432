package se.samverkan.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.samverkan.json.ParticipantReader;
import se.samverkan.json.SamverkanJson;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.json.metrics.MetricsFinding;
import se.samverkan.json.metrics.MetricsJsonWriter;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.MetricsAccumulator;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.Project;
import se.samverkan.model.time.Period;

/**
 * {@code metrics FILE [--project ID] [--from DATE --to DATE] [--as-of DATE]} (JSON.md §2–3): streams the
 * participants through the metrics accumulators and prints the metrics JSON.
 *
 * <p>Memory does not grow with the number of participants: they are read one at a time, counted, and
 * checked by the reporting rules in batches of {@value #BATCH} (with the document's parties and projects),
 * each finding moved to the participant's index in the whole document. Rules that compare participants
 * of different batches (a participant id used twice, a cohort filled over capacity only by participants of
 * several batches) need the whole document and are left to {@code validate}; within a batch they are
 * reported, each finding once.
 */
final class MetricsCommand implements Command {

    static final int BATCH = 1_000;
    private static final int PROGRESS_EVERY = 10_000;
    private static final String PARTICIPANTS = "/participants/";

    @Override
    public String name() {
        return "metrics";
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public Set<String> valued() {
        return Set.of("--project", "--from", "--to", "--as-of");
    }

    @Override
    public int run(Arguments arguments, Terminal terminal) throws UsageException, IOException {
        Messages messages = terminal.messages;
        String file = arguments.file(messages);
        MeasurementScope scope = scope(arguments, messages);
        SamverkanJson json = SamverkanJson.create();
        try (ParticipantReader reader = Input.isStandardInput(file)
            ? json.openParticipants(terminal.in) : json.openParticipants(Input.path(file, messages))) {
            SamverkanDocument header = reader.header();
            List<Project> projects = projects(header, arguments.value("--project"), messages);
            ReportingRules rules = ReportingRules.create();
            List<MetricsFinding> findings = new ArrayList<>();
            Set<String> outsideParticipants = new HashSet<>();
            for (Finding finding : rules.check(header)) {
                findings.add(MetricsFinding.of(finding));
                outsideParticipants.add(finding.rule().id() + " " + finding.path());
            }
            MetricsAccumulator accumulator = ProjectMetrics.of(scope).accumulator(projects);
            List<Participant> batch = new ArrayList<>(BATCH);
            int read = 0;
            while (reader.hasNext()) {
                Participant participant = reader.next();
                accumulator.accept(participant);
                batch.add(participant);
                read++;
                if (batch.size() == BATCH) {
                    check(rules, header, batch, read - batch.size(), findings, outsideParticipants);
                    batch.clear();
                }
                if (terminal.interactive && read % PROGRESS_EVERY == 0) {
                    terminal.err.print("\r" + messages.text("progress.participants", read));
                }
            }
            check(rules, header, batch, read - batch.size(), findings, outsideParticipants);
            if (terminal.interactive && read >= PROGRESS_EVERY) {
                terminal.err.println("\r" + messages.text("progress.participants", read));
            }
            MetricsJsonWriter.create().write(header, accumulator.result(), scope, findings,
                new NonClosingStream(terminal.out));
            terminal.out.println();
            return SamverkanCli.OK;
        } catch (SamverkanJsonException e) {
            throw Input.problem(e, messages);
        }
    }

    /**
     * The findings of one batch: participant findings at each participant's index in the whole document,
     * and findings elsewhere that participants cause (a cohort over capacity), each listed once.
     */
    private static void check(ReportingRules rules, SamverkanDocument header, List<Participant> batch, int offset,
        List<MetricsFinding> findings, Set<String> outsideParticipants) {
        if (batch.isEmpty()) {
            return;
        }
        SamverkanDocument part = SamverkanDocument.builder().from(header).participants(batch).build();
        for (Finding finding : rules.check(part)) {
            String path = finding.path();
            if (!path.startsWith(PARTICIPANTS)) {
                if (outsideParticipants.add(finding.rule().id() + " " + path)) {
                    findings.add(MetricsFinding.of(finding));
                }
                continue;
            }
            int end = path.indexOf('/', PARTICIPANTS.length());
            String index = end < 0 ? path.substring(PARTICIPANTS.length()) : path.substring(PARTICIPANTS.length(), end);
            String rest = end < 0 ? "" : path.substring(end);
            findings.add(MetricsFinding.at(finding, PARTICIPANTS + (offset + Integer.parseInt(index)) + rest));
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

    static MeasurementScope scope(Arguments arguments, Messages messages) throws UsageException {
        Optional<LocalDate> from = date(arguments, "--from", messages);
        Optional<LocalDate> to = date(arguments, "--to", messages);
        Optional<LocalDate> asOf = date(arguments, "--as-of", messages);
        if (from.isPresent() != to.isPresent()) {
            throw new UsageException(messages.text("error.fromTo"));
        }
        if (from.isPresent() && from.get().isAfter(to.get())) {
            throw new UsageException(messages.text("error.fromAfterTo", from.get(), to.get()));
        }
        Period period = from.isPresent() ? Period.of(from.get(), to.get()) : null;
        return MeasurementScope.of(period, asOf.orElse(null));
    }

    private static Optional<LocalDate> date(Arguments arguments, String option, Messages messages)
        throws UsageException {
        Optional<String> text = arguments.value(option);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            throw new UsageException(messages.text("error.date", option, text.get()));
        }
    }
}

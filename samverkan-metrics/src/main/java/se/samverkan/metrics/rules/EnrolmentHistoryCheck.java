package se.samverkan.metrics.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;

/**
 * The rules that take participant objects sharing an id as one person: {@link Rule#DUPLICATE_ID} for
 * participants (every occurrence after the first, at once), and {@link Rule#OVERLAPPING_PARTICIPATIONS}
 * and {@link Rule#REENROLMENT_WITHOUT_REASON} over all counted participations of the person in one
 * project, taken in order of start, then document order (reported in {@link #finish}, when every
 * participant has been seen). Participations registered in error are not enrolments and are left out.
 * Per person the work is proportional to its own participations (sorted). One instance per run.
 */
final class EnrolmentHistoryCheck implements ParticipantCheck {

    private final People people = new People();
    private final Map<String, Integer> unknownProjects = new HashMap<>();

    @Override
    public void accept(DocumentIndex index, int at, Participant participant, Findings findings) {
        int person = people.register(participant.getId(), at);
        int first = people.first(person);
        if (first != at) {
            findings.add(Rule.DUPLICATE_ID, Pointer.participant(at).property("id"), "participant",
                participant.getId(), Pointer.participant(first).text());
        }
        List<Participation> participations = participant.getParticipations();
        for (int j = 0; j < participations.size(); j++) {
            Participation participation = participations.get(j);
            if (participation.isCounted()) {
                LocalDate start = participation.getStart();
                people.enrol(person, projectNumber(index, participation.getProject()), start.toEpochDay(),
                    lastDay(participation), participation.getReenrolmentReason().isPresent(), at, j);
            }
        }
    }

    /** A number per project id: the known project's index, or a number after them for an unknown id. */
    private int projectNumber(DocumentIndex index, String project) {
        int known = index.projectIndex(project);
        if (known != DocumentIndex.UNKNOWN) {
            return known;
        }
        return unknownProjects.computeIfAbsent(project,
            id -> index.document().getProjects().size() + unknownProjects.size());
    }

    /** The last day of an enrolment: its end, the start for an end before the start, or forever when open. */
    private static long lastDay(Participation participation) {
        LocalDate start = participation.getStart();
        return participation.getEnd().map(end -> end.isBefore(start) ? start : end)
            .map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    }

    @Override
    public void finish(DocumentIndex index, Findings findings) {
        Comparator<Integer> order = Comparator.comparingLong((Integer e) -> people.start(e))
            .thenComparingInt(people::participant).thenComparingInt(people::participation);
        people.forEachWithSeveral(chain -> {
            Map<Integer, List<Integer>> byProject = new HashMap<>();
            for (int e : chain) {
                byProject.computeIfAbsent(people.project(e), k -> new ArrayList<>()).add(e);
            }
            for (List<Integer> enrolments : byProject.values()) {
                if (enrolments.size() > 1) {
                    enrolments.sort(order);
                    history(findings, enrolments);
                }
            }
        });
    }

    private void history(Findings findings, List<Integer> enrolments) {
        int latest = enrolments.get(0); // the earlier enrolment that ends last
        for (int current : enrolments.subList(1, enrolments.size())) {
            Pointer at = Pointer.participation(people.participant(current), people.participation(current));
            String earlier = Pointer.participation(people.participant(latest), people.participation(latest)).text();
            if (people.start(current) <= people.lastDay(latest)) {
                findings.add(Rule.OVERLAPPING_PARTICIPATIONS, at, "overlap", earlier);
            } else if (!people.hasReason(current)) {
                findings.add(Rule.REENROLMENT_WITHOUT_REASON, at.property("reenrolmentReason"), "missing", earlier);
            }
            if (people.lastDay(current) > people.lastDay(latest)) {
                latest = current;
            }
        }
    }
}

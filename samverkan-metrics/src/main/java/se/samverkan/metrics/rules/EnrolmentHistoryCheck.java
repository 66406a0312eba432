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
 * One participant's enrolments in one project: {@link Rule#OVERLAPPING_PARTICIPATIONS} and
 * {@link Rule#REENROLMENT_WITHOUT_REASON}. Participations registered in error are not enrolments and are
 * left out. Per participant the work is proportional to its own participations (sorted), never to the
 * whole document.
 */
final class EnrolmentHistoryCheck implements Check {

    private static final Comparator<Indexed> BY_START =
        Comparator.comparing((Indexed p) -> p.participation.getStart()).thenComparingInt(p -> p.index);

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<Participant> participants = index.document().getParticipants();
        for (int i = 0; i < participants.size(); i++) {
            List<Participation> participations = participants.get(i).getParticipations();
            if (participations.size() < 2) {
                continue;
            }
            Map<String, List<Indexed>> byProject = new HashMap<>();
            for (int j = 0; j < participations.size(); j++) {
                Participation participation = participations.get(j);
                if (participation.isCounted()) {
                    byProject.computeIfAbsent(participation.getProject(), k -> new ArrayList<>())
                        .add(new Indexed(j, participation));
                }
            }
            for (List<Indexed> enrolments : byProject.values()) {
                if (enrolments.size() > 1) {
                    history(findings, i, enrolments);
                }
            }
        }
    }

    private static void history(Findings findings, int participant, List<Indexed> enrolments) {
        enrolments.sort(BY_START);
        Indexed first = enrolments.get(0);
        Indexed latest = first; // the earlier enrolment that ends last
        for (Indexed current : enrolments.subList(1, enrolments.size())) {
            Pointer at = Pointer.participation(participant, current.index);
            if (!current.participation.getStart().isAfter(lastDay(latest))) {
                findings.add(Rule.OVERLAPPING_PARTICIPATIONS, at, "overlap",
                    Pointer.participation(participant, latest.index).text());
            } else if (current.participation.getReenrolmentReason().isEmpty()) {
                findings.add(Rule.REENROLMENT_WITHOUT_REASON, at.property("reenrolmentReason"), "missing",
                    Pointer.participation(participant, latest.index).text());
            }
            if (lastDay(current).isAfter(lastDay(latest))) {
                latest = current;
            }
        }
    }

    /** The last day of an enrolment: its end, the start for an end before the start, or forever when open. */
    private static LocalDate lastDay(Indexed enrolment) {
        LocalDate start = enrolment.participation.getStart();
        return enrolment.participation.getEnd().map(end -> end.isBefore(start) ? start : end).orElse(LocalDate.MAX);
    }

    private static final class Indexed {
        final int index;
        final Participation participation;

        Indexed(int index, Participation participation) {
            this.index = index;
            this.participation = participation;
        }
    }
}

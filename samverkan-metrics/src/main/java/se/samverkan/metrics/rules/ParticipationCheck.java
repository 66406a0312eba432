package se.samverkan.metrics.rules;

import java.util.List;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.TargetGroup;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.time.Period;

/**
 * The rules about one participation on its own: {@link Rule#ENDED_WITHOUT_OUTCOME} and
 * {@link Rule#OUTCOME_WITHOUT_END} for every participation; and, for counted participations in a known
 * project, {@link Rule#PARTICIPATION_OUTSIDE_PERIOD}, {@link Rule#AGE_OUTSIDE_TARGET_GROUP},
 * {@link Rule#TOO_FEW_AUTHORITY_CONTACTS} and {@link Rule#PARTICIPANTS_IN_STRUCTURAL_PROJECT}.
 */
final class ParticipationCheck implements ParticipantCheck {

    @Override
    public void accept(DocumentIndex index, int i, Participant participant, Findings findings) {
        List<Participation> participations = participant.getParticipations();
        for (int j = 0; j < participations.size(); j++) {
            Participation participation = participations.get(j);
            Pointer at = Pointer.participation(i, j);
            outcome(findings, at, participation);
            int project = index.projectIndex(participation.getProject());
            if (project != DocumentIndex.UNKNOWN && participation.isCounted()) {
                inProject(findings, at, participant, participation, index.project(project));
            }
        }
    }

    private static void outcome(Findings findings, Pointer at, Participation participation) {
        boolean ended = participation.getEnd().isPresent();
        boolean outcome = participation.getExitOutcome().isPresent();
        if (ended && !outcome) {
            findings.add(Rule.ENDED_WITHOUT_OUTCOME, at.property("exitOutcome"), "missing");
        } else if (outcome && !ended) {
            findings.add(Rule.OUTCOME_WITHOUT_END, at.property("exitOutcome"), "present");
        }
    }

    private static void inProject(Findings findings, Pointer at, Participant participant, Participation participation,
        Project project) {
        Period period = project.getPeriod();
        if (period.isOrdered()) {
            if (participation.getStart().isBefore(period.getStart())) {
                findings.add(Rule.PARTICIPATION_OUTSIDE_PERIOD, at.property("start"), "startBefore",
                    ProjectPeriodCheck.dates(period), project.getId());
            } else if (participation.getStart().isAfter(period.getEnd())) {
                findings.add(Rule.PARTICIPATION_OUTSIDE_PERIOD, at.property("start"), "startAfter",
                    ProjectPeriodCheck.dates(period), project.getId());
            }
            if (participation.getEnd().filter(end -> end.isAfter(period.getEnd())).isPresent()) {
                findings.add(Rule.PARTICIPATION_OUTSIDE_PERIOD, at.property("end"), "endAfter",
                    ProjectPeriodCheck.dates(period), project.getId());
            }
        }
        TargetGroup target = project.getTargetGroup();
        IntRange ages = target.getAgeRange();
        if (ages.getMin() <= ages.getMax()
            && !participant.ageAtStart(participation).stream().allMatch(ages::contains)) {
            findings.add(Rule.AGE_OUTSIDE_TARGET_GROUP, at, "age", BreakdownCheck.range(ages), project.getId());
        }
        if (!participant.isAnonymous() && target.getMinAuthorityContacts() > 0) {
            long authorities = participation.getAuthorityContacts().stream().filter(PartyType::isMemberType).count();
            if (authorities < target.getMinAuthorityContacts()) {
                findings.add(Rule.TOO_FEW_AUTHORITY_CONTACTS, at.property("authorityContacts"), "count",
                    Integer.toString(target.getMinAuthorityContacts()), project.getId());
            }
        }
        if (project.getOrientation() == Orientation.STRUCTURAL) {
            findings.add(Rule.PARTICIPANTS_IN_STRUCTURAL_PROJECT, at.property("project"), "structural",
                project.getId());
        } else if (project.getMeasurement() == Measurement.COUNT_ONLY) {
            findings.add(Rule.PARTICIPANTS_IN_STRUCTURAL_PROJECT, at.property("project"), "countOnly", project.getId());
        }
    }
}

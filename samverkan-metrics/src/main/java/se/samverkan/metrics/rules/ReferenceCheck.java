package se.samverkan.metrics.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.Party;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.Resource;

/**
 * {@link Rule#UNKNOWN_REFERENCE}: every id reference of the document resolves — those of the header in
 * {@link #run}, those of each participant's participations in {@link #accept}.
 */
final class ReferenceCheck implements Check, ParticipantCheck {

    private static final Rule RULE = Rule.UNKNOWN_REFERENCE;

    @Override
    public void run(DocumentIndex index, Findings findings) {
        SamverkanDocument document = index.document();
        List<Party> parties = document.getParties();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            int at = i;
            party.getParent().ifPresent(parent -> party(index, findings, Pointer.party(at).property("parent"), parent));
        }
        List<CoordinationAssociation> associations = document.getAssociations();
        for (int i = 0; i < associations.size(); i++) {
            CoordinationAssociation association = associations.get(i);
            Pointer at = Pointer.association(i);
            party(index, findings, at.property("id"), association.getId());
            parties(index, findings, at.property("members"), association.getMembers());
            key(index, findings, at.property("municipalKey"), association.getMunicipalKey());
            key(index, findings, at.property("regionalKey"), association.getRegionalKey());
        }
        List<Project> projects = document.getProjects();
        for (int i = 0; i < projects.size(); i++) {
            project(index, findings, i, projects.get(i));
        }
    }

    @Override
    public void accept(DocumentIndex index, int i, Participant participant, Findings findings) {
        List<Participation> participations = participant.getParticipations();
        for (int j = 0; j < participations.size(); j++) {
            participation(index, findings, Pointer.participation(i, j), participations.get(j));
        }
    }

    private static void key(DocumentIndex index, Findings findings, Pointer at, CostKey key) {
        for (int j = 0; j < key.getShares().size(); j++) {
            party(index, findings, at.property("shares").index(j).property("party"), key.getShares().get(j).getParty());
        }
    }

    private static void project(DocumentIndex index, Findings findings, int projectIndex, Project project) {
        Pointer at = Pointer.project(projectIndex);
        party(index, findings, at.property("owner"), project.getOwner());
        parties(index, findings, at.property("financiers"), project.getFinanciers());
        parties(index, findings, at.property("partners"), project.getPartners());
        parties(index, findings, at.property("targetGroup").property("municipalities"),
            project.getTargetGroup().getMunicipalities());
        if (index.declaresQuestions(projectIndex)) {
            List<Goal> goals = project.getGoals();
            for (int j = 0; j < goals.size(); j++) {
                int goal = j;
                goals.get(j).getIndicator().getQuestion().ifPresent(question -> {
                    if (index.question(projectIndex, question).isEmpty()) {
                        findings.add(RULE, at.property("goals").index(goal).property("indicator").property("question"),
                            "question", question, project.getId());
                    }
                });
            }
        }
        budget(index, findings, at.property("budget"), project.getBudget());
        project.getOutcome().ifPresent(outcome -> budget(index, findings, at.property("outcome"), outcome));
        List<Resource> resources = project.getResources();
        for (int j = 0; j < resources.size(); j++) {
            Resource resource = resources.get(j);
            Pointer resourceAt = at.property("resources").index(j);
            party(index, findings, resourceAt.property("party"), resource.getParty());
            for (int k = 0; k < resource.getFundedBy().size(); k++) {
                party(index, findings, resourceAt.property("fundedBy").index(k).property("party"),
                    resource.getFundedBy().get(k).getParty());
            }
        }
    }

    private static void budget(DocumentIndex index, Findings findings, Pointer at, Budget budget) {
        List<BudgetLine> lines = budget.getLines();
        for (int j = 0; j < lines.size(); j++) {
            int line = j;
            lines.get(j).getFundedBy().ifPresent(
                funder -> party(index, findings, at.property("lines").index(line).property("fundedBy"), funder));
        }
    }

    private static void participation(DocumentIndex index, Findings findings, Pointer at, Participation participation) {
        int project = index.projectIndex(participation.getProject());
        if (project == DocumentIndex.UNKNOWN) {
            findings.add(RULE, at.property("project"), "project", participation.getProject());
            return;
        }
        String projectId = participation.getProject();
        participation.getCohort().ifPresent(cohort -> {
            if (index.cohortIndex(project, cohort) == DocumentIndex.UNKNOWN) {
                findings.add(RULE, at.property("cohort"), "cohort", cohort, projectId);
            }
        });
        if (!participation.getSurvey().isEmpty() && index.declaresQuestions(project)) {
            int position = 0;
            for (Map.Entry<String, Integer> answer : participation.getSurvey().entrySet()) {
                if (index.question(project, answer.getKey()).isEmpty()) {
                    findings.add(RULE, at.property("survey").key(answer.getKey(), position), "question",
                        answer.getKey(), projectId);
                }
                position++;
            }
        }
    }

    /** A list of party ids; a later mention of an id is {@link Rule#DUPLICATE_REFERENCE}, not checked again. */
    static void parties(DocumentIndex index, Findings findings, Pointer at, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < ids.size(); j++) {
            if (seen.add(ids.get(j))) {
                party(index, findings, at.index(j), ids.get(j));
            }
        }
    }

    static void party(DocumentIndex index, Findings findings, Pointer at, String id) {
        if (!index.isParty(id)) {
            findings.add(RULE, at, "party", id);
        }
    }
}

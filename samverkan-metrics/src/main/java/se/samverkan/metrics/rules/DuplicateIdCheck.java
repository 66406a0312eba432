package se.samverkan.metrics.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.party.Party;
import se.samverkan.model.project.Cohort;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.SurveyQuestion;
import se.samverkan.model.structure.CooperationGroup;

/**
 * {@link Rule#DUPLICATE_ID}: ids are unique per kind (parties, associations, projects and cooperation groups across
 * the document; goals, cohorts, survey questions within a project). Participant ids, which a streamed
 * document meets one at a time, are {@link EnrolmentHistoryCheck}'s.
 */
final class DuplicateIdCheck implements Check {

    @Override
    public void run(DocumentIndex index, Findings findings) {
        SamverkanDocument document = index.document();
        unique(findings, "party", document.getParties(), Party::getId, Pointer::party);
        unique(findings, "association", document.getAssociations(), CoordinationAssociation::getId,
            Pointer::association);
        unique(findings, "project", document.getProjects(), Project::getId, Pointer::project);
        unique(findings, "group", document.getStructures(), CooperationGroup::getId, Pointer::group);
        List<Project> projects = document.getProjects();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            Pointer at = Pointer.project(i);
            unique(findings, "goal", project.getGoals(), Goal::getId, j -> at.property("goals").index(j));
            unique(findings, "cohort", project.getCohorts(), Cohort::getId, j -> at.property("cohorts").index(j));
            unique(findings, "question", project.getSurveyQuestions(), SurveyQuestion::getId,
                j -> at.property("surveyQuestions").index(j));
        }
    }

    private static <T> void unique(Findings findings, String kind, List<T> objects, Function<T, String> id,
        IntFunction<Pointer> pointer) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < objects.size(); i++) {
            Integer earlier = first.putIfAbsent(id.apply(objects.get(i)), i);
            if (earlier != null) {
                findings.add(Rule.DUPLICATE_ID, pointer.apply(i).property("id"), kind, id.apply(objects.get(i)),
                    pointer.apply(earlier).text());
            }
        }
    }
}

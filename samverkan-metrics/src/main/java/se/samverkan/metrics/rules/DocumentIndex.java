package se.samverkan.metrics.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverkan.metrics.internal.PartyTree;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Cohort;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.SurveyQuestion;
import se.samverkan.model.structure.CooperationGroup;

/**
 * A document with its ids indexed once, so that every reference is resolved in constant time and no
 * check loops over participants more than once per participation. Where an id occurs twice in one
 * kind, the first occurrence is indexed (DUPLICATE_ID reports the rest).
 */
final class DocumentIndex {

    /** Returned by the index lookups for an id that names nothing. */
    static final int UNKNOWN = -1;

    private final SamverkanDocument document;
    private final PartyTree parties;
    private final Map<String, Integer> projects = new HashMap<>();
    private final Map<String, CoordinationAssociation> associations = new HashMap<>();
    private final List<Map<String, Integer>> cohorts = new ArrayList<>();
    private final List<Map<String, SurveyQuestion>> questions = new ArrayList<>();
    private final Map<String, Integer> groups = new HashMap<>();

    DocumentIndex(SamverkanDocument document) {
        this.document = document;
        this.parties = PartyTree.of(document.getParties());
        for (CoordinationAssociation association : document.getAssociations()) {
            associations.putIfAbsent(association.getId(), association);
        }
        List<Project> projectList = document.getProjects();
        for (int i = 0; i < projectList.size(); i++) {
            Project project = projectList.get(i);
            projects.putIfAbsent(project.getId(), i);
            Map<String, Integer> cohortIds = new HashMap<>();
            List<Cohort> cohortList = project.getCohorts();
            for (int j = 0; j < cohortList.size(); j++) {
                cohortIds.putIfAbsent(cohortList.get(j).getId(), j);
            }
            cohorts.add(cohortIds);
            Map<String, SurveyQuestion> questionIds = new HashMap<>();
            for (SurveyQuestion question : project.getSurveyQuestions()) {
                questionIds.putIfAbsent(question.getId(), question);
            }
            questions.add(questionIds);
        }
        List<CooperationGroup> groupList = document.getStructures();
        for (int i = 0; i < groupList.size(); i++) {
            groups.putIfAbsent(groupList.get(i).getId(), i);
        }
    }

    /** The index of the cooperation group with the id (its first occurrence), or {@link #UNKNOWN}. */
    int groupIndex(String id) {
        return groups.getOrDefault(id, UNKNOWN);
    }

    SamverkanDocument document() {
        return document;
    }

    /** The document's parties with their tree of units. */
    PartyTree parties() {
        return parties;
    }

    boolean isParty(String id) {
        return parties.contains(id);
    }

    /** The party with the id (its first occurrence), if any. */
    Optional<Party> party(String id) {
        return parties.party(id);
    }

    /**
     * The type a party counts as: that of its top-most ancestor (docs/format.md). The parent chain is
     * followed through known parties; an unknown parent ends it, and a cycle ends it at the last party
     * not yet seen ({@link PartyTree#topMostKnownAncestor(String)}). Empty for an unknown id.
     */
    Optional<PartyType> topType(String id) {
        return parties.topMostKnownAncestor(id).map(Party::getType);
    }

    /** The party a chain of {@code parent}s from the id reaches ({@link PartyTree#topMostKnownAncestor}). */
    Optional<Party> top(String id) {
        return parties.topMostKnownAncestor(id);
    }

    /** The coordination association with the id (its first occurrence), if the document holds it. */
    Optional<CoordinationAssociation> association(String id) {
        return Optional.ofNullable(associations.get(id));
    }

    /** The index of the project with the id (its first occurrence), or {@link #UNKNOWN}. */
    int projectIndex(String id) {
        return projects.getOrDefault(id, UNKNOWN);
    }

    Project project(int index) {
        return document.getProjects().get(index);
    }

    /** The index of the cohort with the id in the project, or {@link #UNKNOWN}. */
    int cohortIndex(int project, String id) {
        return cohorts.get(project).getOrDefault(id, UNKNOWN);
    }

    /** The project's survey question with the id, if it declares one. */
    Optional<SurveyQuestion> question(int project, String id) {
        return Optional.ofNullable(questions.get(project).get(id));
    }

    /** Whether the project declares survey questions (only then are answers' question ids checked). */
    boolean declaresQuestions(int project) {
        return !questions.get(project).isEmpty();
    }
}

package se.samverkan.metrics.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Cohort;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.SurveyQuestion;

/**
 * A document with its ids indexed once, so that every reference is resolved in constant time and no
 * check loops over participants more than once per participation. Where an id occurs twice in one
 * kind, the first occurrence is indexed (DUPLICATE_ID reports the rest).
 */
final class DocumentIndex {

    /** Returned by the index lookups for an id that names nothing. */
    static final int UNKNOWN = -1;

    private final SamverkanDocument document;
    private final Map<String, Integer> parties = new HashMap<>();
    private final Map<String, PartyType> topTypes = new HashMap<>();
    private final Map<String, Integer> projects = new HashMap<>();
    private final List<Map<String, Integer>> cohorts = new ArrayList<>();
    private final List<Map<String, SurveyQuestion>> questions = new ArrayList<>();

    DocumentIndex(SamverkanDocument document) {
        this.document = document;
        List<Party> partyList = document.getParties();
        for (int i = 0; i < partyList.size(); i++) {
            parties.putIfAbsent(partyList.get(i).getId(), i);
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
    }

    SamverkanDocument document() {
        return document;
    }

    boolean isParty(String id) {
        return parties.containsKey(id);
    }

    /** The party with the id (its first occurrence), if any. */
    Optional<Party> party(String id) {
        Integer index = parties.get(id);
        return index == null ? Optional.empty() : Optional.of(document.getParties().get(index));
    }

    /**
     * The type a party counts as: that of its top-most ancestor (DOMAIN.md §2.1). The parent chain is
     * followed through known parties; an unknown parent ends it, and a cycle ends it at the last party
     * not yet seen. Empty for an unknown id.
     */
    Optional<PartyType> topType(String id) {
        if (!parties.containsKey(id)) {
            return Optional.empty();
        }
        PartyType known = topTypes.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Set<String> path = new HashSet<>();
        List<String> walked = new ArrayList<>();
        Party current = party(id).orElseThrow();
        boolean cyclic = false;
        while (true) {
            path.add(current.getId());
            walked.add(current.getId());
            Optional<String> parent = current.getParent();
            if (parent.isEmpty() || !parties.containsKey(parent.get())) {
                break;
            }
            if (path.contains(parent.get())) {
                cyclic = true;
                break;
            }
            PartyType memo = topTypes.get(parent.get());
            if (memo != null) {
                remember(walked, memo);
                return Optional.of(memo);
            }
            current = party(parent.get()).orElseThrow();
        }
        PartyType type = current.getType();
        if (cyclic) {
            topTypes.put(id, type);
        } else {
            remember(walked, type);
        }
        return Optional.of(type);
    }

    private void remember(List<String> walked, PartyType type) {
        for (String id : walked) {
            topTypes.put(id, type);
        }
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

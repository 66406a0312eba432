package se.samverkan.export;

import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.project.Project;

/** Looks up the project a follow-up entry names (the first with the id, as the follow-up itself does). */
final class Projects {

    private Projects() {
    }

    static Project find(SamverkanDocument document, String id) {
        return document.getProjects().stream().filter(p -> p.getId().equals(id)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no project " + id));
    }
}

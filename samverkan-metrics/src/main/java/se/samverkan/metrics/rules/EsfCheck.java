package se.samverkan.metrics.rules;

import java.util.List;
import se.samverkan.model.project.Project;

/** {@link Rule#ESF_SUPPORT_EXCEEDS_BUDGET}: the granted ESF support is at most the ESF total budget. */
final class EsfCheck implements Check {

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<Project> projects = index.document().getProjects();
        for (int i = 0; i < projects.size(); i++) {
            int at = i;
            projects.get(i).getEsf().ifPresent(esf -> {
                if (esf.getGrantedSupport().compareTo(esf.getTotalBudget()) > 0) {
                    findings.add(Rule.ESF_SUPPORT_EXCEEDS_BUDGET,
                        Pointer.project(at).property("esf").property("grantedSupport"), "amount",
                        esf.getGrantedSupport().toString(), esf.getTotalBudget().toString());
                }
            });
        }
    }
}

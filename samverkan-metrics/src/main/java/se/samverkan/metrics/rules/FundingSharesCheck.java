package se.samverkan.metrics.rules;

import java.math.BigDecimal;
import java.util.List;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.association.KeyMethod;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.project.FundingShare;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.Resource;

/**
 * {@link Rule#FUNDING_SHARES_NOT_WHOLE}: a resource's funding shares (when given) and an agreed key's
 * shares sum to exactly 1, at the same pointers as the model's {@code SharesSumToOne} constraint.
 */
final class FundingSharesCheck implements Check {

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<CoordinationAssociation> associations = index.document().getAssociations();
        for (int i = 0; i < associations.size(); i++) {
            Pointer at = Pointer.association(i);
            key(findings, at.property("municipalKey"), associations.get(i).getMunicipalKey());
            key(findings, at.property("regionalKey"), associations.get(i).getRegionalKey());
        }
        List<Project> projects = index.document().getProjects();
        for (int i = 0; i < projects.size(); i++) {
            List<Resource> resources = projects.get(i).getResources();
            for (int j = 0; j < resources.size(); j++) {
                List<FundingShare> shares = resources.get(j).getFundedBy();
                if (shares.isEmpty()) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (FundingShare share : shares) {
                    sum = sum.add(share.getShare().toBigDecimal());
                }
                report(findings, Pointer.project(i).property("resources").index(j).property("fundedBy"), sum);
            }
        }
    }

    private static void key(Findings findings, Pointer at, CostKey key) {
        if (key.getMethod() != KeyMethod.AGREED) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (KeyShare share : key.getShares()) {
            sum = sum.add(share.getShare().toBigDecimal());
        }
        report(findings, at.property("shares"), sum);
    }

    private static void report(Findings findings, Pointer at, BigDecimal sum) {
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            findings.add(Rule.FUNDING_SHARES_NOT_WHOLE, at, "sum", sum.stripTrailingZeros().toPlainString());
        }
    }
}

package se.samverkan.examples.guide;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.costs.AssociationKey;
import se.samverkan.metrics.costs.AssociationYear;
import se.samverkan.metrics.costs.BorneCost;
import se.samverkan.metrics.costs.CostAttribution;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.metrics.costs.MemberShare;
import se.samverkan.metrics.costs.ProjectCosts;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.project.Project;
import se.samverkan.model.time.Period;

/**
 * Guide example: the förbund key (<i>fördelningsnyckel</i>: Försäkringskassan one half, the regions one
 * quarter, the municipalities one quarter) and the cost each member really bears for an insats
 * (<i>kostnadsfördelning</i>). Every split is exact to the öre and sums to the whole.
 */
public final class Costs {

    private Costs() {
    }

    /**
     * Prints the key of every förbund and the borne cost of every insats of the document named by the
     * first argument.
     *
     * @param args the path of the document
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        SamverkanDocument document = SamverkanJson.create().read(Path.of(args[0]));
        // tag::key[]
        CostSharing costs = CostSharing.create();   // every line; CostSharing.of(scope) for a period
        for (AssociationKey key : costs.keys(document)) {
            for (AssociationYear year : key.years()) {
                System.out.println(key.association() + " " + year.year() + ": " + year.total());
                // empty when the key cannot be computed: key.problems() says why
                year.shares().ifPresent(shares -> {
                    for (MemberShare share : shares) {
                        System.out.println("  " + share.party() + " " + share.amount());
                    }
                });
            }
        }
        // end::key[]
        for (Project project : document.getProjects()) {
            CostAttribution borne = borne(document, project.getId());
            System.out.println(project.getId() + " " + borne.total());
            for (BorneCost cost : borne.byParty()) {
                System.out.println("  " + cost.party() + " " + cost.amount());
            }
        }
    }

    /**
     * Who bears the cost of an insats: its budget spread over its funders, and a förbund's part spread
     * over the förbund's members by the key.
     *
     * @param document the document, not null
     * @param projectId the insats's id, not null
     * @return the attribution, never null
     * @throws IllegalArgumentException if the document has no such insats
     */
    // tag::borne[]
    public static CostAttribution borne(SamverkanDocument document, String projectId) {
        Project project = document.getProjects().stream()
            .filter(p -> p.getId().equals(projectId))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no insats " + projectId));
        return CostSharing.create().costAttribution(document, project);
    }
    // end::borne[]

    /**
     * The cost figures of an insats in one calendar year: the financing of that year's budget and outcome
     * lines, and unit costs that divide that year's budget by the participations measured in the year.
     *
     * @param document the document, not null
     * @param projectId the insats's id, not null
     * @param year the calendar year
     * @return the cost figures, never null
     * @throws IllegalArgumentException if the document has no such insats
     */
    // tag::unit[]
    public static ProjectCosts yearCosts(SamverkanDocument document, String projectId, int year) {
        Period period = Period.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        CostSharing costs = CostSharing.of(MeasurementScope.of(period));   // share it: thread-safe
        // measures the insats's participants over the same scope for the unit costs
        return costs.projectCosts(document, projectId)
            .orElseThrow(() -> new IllegalArgumentException("no insats " + projectId));
    }
    // end::unit[]
}

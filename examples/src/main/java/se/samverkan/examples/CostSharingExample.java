package se.samverkan.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.costs.AssociationKey;
import se.samverkan.metrics.costs.AssociationYear;
import se.samverkan.metrics.costs.BorneCost;
import se.samverkan.metrics.costs.CostAttribution;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.metrics.costs.LargestRemainder;
import se.samverkan.metrics.costs.MemberShare;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.money.Amount;
import se.samverkan.model.project.Project;

/**
 * Example: cost sharing (<i>kostnadsfördelning</i>, docs/metrics.md) with the förbund key of Finsamlagen §5
 * (Försäkringskassan one half, the regions one quarter, the municipalities one quarter), and the cost each
 * member really bears for a project.
 *
 * <p>Every split is exact to the öre by the largest-remainder method: the parts always add up to the
 * whole. Run it with
 * {@code java -cp examples/target/samverkan-cli.jar se.samverkan.examples.CostSharingExample examples/data/gemensamma-taget-vuxna.json}.
 */
public final class CostSharingExample {

    private CostSharingExample() {
    }

    /**
     * Prints the förbund keys and each project's cost by member of the document named by the first
     * argument, and one largest-remainder split.
     *
     * @param args the path of the document
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        SamverkanDocument document = SamverkanJson.create().read(Path.of(args[0]));
        for (AssociationKey key : CostSharing.create().keys(document)) {
            for (AssociationYear year : key.years()) {
                System.out.println(key.association() + " " + year.year() + " " + year.total() + ":");
                for (MemberShare share : year.shares().orElse(List.of())) {
                    System.out.println("  " + share.party() + " " + share.amount());
                }
            }
        }
        for (Project project : document.getProjects()) {
            CostAttribution attribution = CostSharing.create().costAttribution(document, project);
            System.out.println(project.getId() + " " + attribution.total() + ":");
            for (BorneCost cost : attribution.byParty()) {
                System.out.println("  " + cost.party() + " (" + cost.type() + ") " + cost.amount());
            }
        }
        System.out.println("100.00 in three equal parts: " + threeWaySplit(Amount.ofKronor(100)));
    }

    /**
     * Splits an amount in three equal parts to the öre: the öre left over go to the first parts.
     *
     * @param whole the amount, not null
     * @return three amounts adding up to exactly {@code whole}, never null
     */
    public static List<Amount> threeWaySplit(Amount whole) {
        return LargestRemainder.allocate(whole, 1, 1, 1);
    }
}

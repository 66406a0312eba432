package se.samverkan.examples.guide;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.structures.AssociationStructure;
import se.samverkan.metrics.structures.GroupFigures;
import se.samverkan.metrics.structures.GroupYear;
import se.samverkan.metrics.structures.StructureFigures;
import se.samverkan.model.SamverkanDocument;

/**
 * Guide example: the figures of a förbund's cooperation groups (<i>samverkansstruktur</i>): meetings held
 * against those planned and attendance, per group and year.
 */
public final class Structures {

    private Structures() {
    }

    /**
     * Prints the group figures of the document named by the first argument.
     *
     * @param args the path of the document
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        // tag::structures[]
        SamverkanDocument document = SamverkanJson.create().read(Path.of(args[0]));
        for (AssociationStructure forbund : figures(document)) {
            System.out.println(forbund.association().orElse("(no förbund)") + " as of "
                + forbund.asOf().map(Object::toString).orElse("-"));
            for (GroupFigures group : forbund.groups()) {
                for (GroupYear year : group.years()) {
                    System.out.println("  " + group.id() + " " + year.year() + ": " + year.held() + " of "
                        + year.planned() + " meetings, attendance "
                        + year.attendance().map(a -> a + " %").orElse("-"));
                }
            }
        }
        // end::structures[]
    }

    /**
     * The cooperation-group figures of a document, as of each förbund's latest recorded date.
     *
     * @param document the document, not null
     * @return one entry per förbund with groups, never null
     */
    public static List<AssociationStructure> figures(SamverkanDocument document) {
        return StructureFigures.create().compute(document);
    }
}

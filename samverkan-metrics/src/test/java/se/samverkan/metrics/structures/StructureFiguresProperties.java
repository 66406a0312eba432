package se.samverkan.metrics.structures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.testing.ModelArbitraries;

/** Laws of the structure figures on any document the model can build, field rules broken included. */
class StructureFiguresProperties {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Provide
    Arbitrary<SamverkanDocument> documents() {
        return ModelArbitraries.documents();
    }

    @Property(tries = 300)
    void never_throws_and_every_figure_is_in_range(@ForAll("documents") SamverkanDocument document) {
        List<AssociationStructure> figures = StructureFigures.create().compute(document);
        assertThat(figures.isEmpty()).isEqualTo(document.getStructures().isEmpty());
        int groups = 0;
        for (AssociationStructure association : figures) {
            groups += association.groups().size();
            for (GroupFigures group : association.groups()) {
                int previous = Integer.MIN_VALUE;
                for (GroupYear year : group.years()) {
                    assertThat(year.year()).as("ascending").isGreaterThan(previous);
                    previous = year.year();
                    if (year.attendance().isPresent()) {
                        assertThat(year.held()).as("a rate needs a held meeting").isPositive();
                    }
                    for (Optional<BigDecimal> rate : year.attendanceByType().values()) {
                        rate.ifPresent(r -> assertThat(r).isBetween(BigDecimal.ZERO, HUNDRED));
                    }
                    year.attendance().ifPresent(r -> assertThat(r).isBetween(BigDecimal.ZERO, HUNDRED));
                }
            }
        }
        assertThat(groups).as("every group in exactly one entry").isEqualTo(document.getStructures().size());
    }

    @Property(tries = 100)
    void the_same_document_always_gives_the_same_figures(@ForAll("documents") SamverkanDocument document) {
        assertThat(StructureFigures.create().compute(document)).isEqualTo(StructureFigures.create().compute(document));
    }
}

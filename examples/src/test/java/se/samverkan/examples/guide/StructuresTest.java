package se.samverkan.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.structures.AssociationStructure;
import se.samverkan.metrics.structures.GroupFigures;
import se.samverkan.metrics.structures.GroupYear;
import se.samverkan.model.party.PartyType;

class StructuresTest {

    @Test
    void mysam_gavle_in_2016() throws Exception {
        var document = SamverkanJson.create().read(Path.of("data", "gavleborg-struktur.json"));

        AssociationStructure gavleborg = Structures.figures(document).get(0);

        assertThat(gavleborg.association()).contains("sf-gavleborg");
        assertThat(gavleborg.asOf()).contains(LocalDate.of(2018, 9, 12));
        GroupFigures mysam = gavleborg.groups().stream().filter(g -> g.id().equals("mysam-gavle"))
            .findFirst().orElseThrow();
        GroupYear year2016 = mysam.years().get(0);
        assertThat(year2016.year()).isEqualTo(2016);
        // Two meetings of four planned; four members, all present on 2016-09-14 and three on 2016-12-07:
        // 100 × (4 + 3) ÷ (2 × 4) = 87.5; the region's one member came once: 100 × 1 ÷ 2 = 50.0.
        assertThat(year2016.held()).isEqualTo(2);
        assertThat(year2016.planned()).isEqualTo(4);
        assertThat(year2016.attendance()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("87.5"));
        assertThat(year2016.attendanceByType().get(PartyType.REGION))
            .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("50.0"));
    }
}

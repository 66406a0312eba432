package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cooperation-structure figures of the Gävleborg sample ({@code data/gavleborg-struktur.json}) as the
 * {@code metrics} command prints them, pinned to numbers worked out by hand below from the sample's groups
 * and meetings.
 *
 * <p>The Mysam Gävle members with role MEMBER are gavle (municipality), af (Arbetsförmedlingen),
 * region-primarvard (a unit of Region Gävleborg: counts as a region) and fk (Försäkringskassan): four.
 * The school and psychiatry are adjuncts and the förbund a guest: their presence never counts.
 */
class StructureMetricsTest {

    private static final String GAVLEBORG = Cli.DATA.resolve("gavleborg-struktur.json").toString();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode metrics(String... args) {
        Cli cli = Cli.run(args);
        assertThat(cli.status).as(cli.toString()).isZero();
        return JSON.readTree(cli.out);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.propertyNames().iterator().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void the_sample_breaks_no_rule() {
        Cli cli = Cli.run("validate", GAVLEBORG, "--json");
        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(JSON.readTree(cli.out)).isEmpty();
    }

    @Test
    void structures_come_after_the_associations_with_every_key_in_order() {
        JsonNode root = metrics("metrics", GAVLEBORG);
        assertThat(keys(root)).containsSubsequence("associations", "structures", "findings");
        JsonNode forbund = root.get("structures").get(0);
        assertThat(keys(forbund)).containsExactly("association", "asOf", "coverage", "groups");
        assertThat(keys(forbund.get("coverage").get(0))).containsExactly("municipality", "levels");
        assertThat(keys(forbund.get("coverage").get(0).get("levels"))).containsExactly("COUNTY_LEADERSHIP",
            "MANAGEMENT", "FIRST_LINE_MANAGERS", "CASE_OFFICERS", "OTHER");
        JsonNode year = forbund.get("groups").get(1).get("years").get(0);
        assertThat(keys(year)).containsExactly("year", "held", "planned", "attendance", "attendanceByType");
        assertThat(keys(year.get("attendanceByType"))).containsExactly("SOCIAL_INSURANCE_AGENCY",
            "PUBLIC_EMPLOYMENT_SERVICE", "REGION", "MUNICIPALITY");
    }

    @Test
    void the_figures_as_of_the_latest_date_of_the_structure() {
        JsonNode structures = metrics("metrics", GAVLEBORG).get("structures");
        assertThat(structures).hasSize(1);
        JsonNode forbund = structures.get(0);
        assertThat(forbund.get("association").asString()).isEqualTo("sf-gavleborg");
        // The latest date written in the groups: Mysam Gävle's meeting of 2018-09-12 (later than every
        // decision, validity and convener date).
        assertThat(forbund.get("asOf").asString()).isEqualTo("2018-09-12");

        // Coverage of the one municipal member, gavle: the county leadership covers the whole förbund
        // (no area) from 2016-05-23; Mysam and Trisam Gävle name gavle, Trisam in force from its decision
        // 2016-05-20; no management group and no other group exist.
        assertThat(forbund.get("coverage")).hasSize(1);
        JsonNode gavle = forbund.get("coverage").get(0);
        assertThat(gavle.get("municipality").asString()).isEqualTo("gavle");
        assertThat(levels(gavle.get("levels"))).containsExactly(true, false, true, true, false);

        JsonNode groups = forbund.get("groups");
        assertThat(groups).extracting(g -> g.get("id").asString())
            .containsExactly("lansledning", "mysam-gavle", "trisam-gavle");
        assertThat(groups.get(0).get("years")).as("the county leadership records no meetings").isEmpty();
        assertThat(groups.get(2).get("years")).as("Trisam is being built up: no meetings").isEmpty();

        JsonNode mysam = groups.get(1).get("years");
        assertThat(mysam).hasSize(3);
        // 2016 (from validFrom 2016-05-23): 2 meetings of 4 planned.
        //   09-14: gavle, af, primärvården, fk present = 4 of 4 members; 12-07: gavle, af, fk = 3 of 4.
        //   attendance 100 × (4 + 3) / (2 × 4) = 87.5; by type fk 2/2 = 100.0, af 2/2 = 100.0,
        //   region 1/2 = 50.0, municipality 2/2 = 100.0.
        assertYear(mysam.get(0), 2016, 2, "87.5", "100.0", "100.0", "50.0", "100.0");
        // 2017: 4 meetings of 4. 03-08: 4; 06-07: gavle, primärvården, fk = 3; 09-13: 4; 12-06: gavle, af,
        //   fk (and the school, an adjunct) = 3. 100 × 14 / 16 = 87.5; fk 4/4 = 100.0, af 3/4 = 75.0,
        //   region 3/4 = 75.0, municipality 4/4 = 100.0.
        assertYear(mysam.get(1), 2017, 4, "87.5", "100.0", "75.0", "75.0", "100.0");
        // 2018 up to 2018-09-12: 3 meetings of 4. 03-07: gavle, af, primärvården = 3; 06-13: 4; 09-12:
        //   gavle, fk (and the förbund, a guest) = 2. 100 × 9 / 12 = 75.0; fk 2/3 = 66.67 → 66.7,
        //   af 2/3 → 66.7, region 2/3 → 66.7, municipality 3/3 = 100.0.
        assertYear(mysam.get(2), 2018, 3, "75.0", "66.7", "66.7", "66.7", "100.0");
    }

    @Test
    void an_as_of_date_cuts_the_years_and_the_meetings() {
        JsonNode forbund = metrics("metrics", GAVLEBORG, "--as-of", "2017-06-30").get("structures").get(0);
        assertThat(forbund.get("asOf").asString()).isEqualTo("2017-06-30");
        JsonNode mysam = forbund.get("groups").get(1).get("years");
        assertThat(mysam).hasSize(2);
        assertYear(mysam.get(0), 2016, 2, "87.5", "100.0", "100.0", "50.0", "100.0");
        // 2017 up to 06-30: 03-08 with 4 present, 06-07 with 3 (af absent): 100 × 7 / 8 = 87.5;
        //   fk 2/2 = 100.0, af 1/2 = 50.0, region 2/2 = 100.0, municipality 2/2 = 100.0.
        assertYear(mysam.get(1), 2017, 2, "87.5", "100.0", "50.0", "100.0", "100.0");
        // Before the structure was decided nothing is in force and no year is followed.
        JsonNode before = metrics("metrics", GAVLEBORG, "--as-of", "2016-01-01").get("structures").get(0);
        assertThat(levels(before.get("coverage").get(0).get("levels"))).containsExactly(false, false, false, false,
            false);
        assertThat(before.get("groups").get(1).get("years")).isEmpty();
    }

    private static List<Boolean> levels(JsonNode levels) {
        List<Boolean> values = new ArrayList<>();
        levels.values().forEach(v -> values.add(v.asBoolean()));
        return values;
    }

    private static void assertYear(JsonNode year, int calendarYear, int held, String attendance, String fk, String af,
            String region, String municipality) {
        assertThat(year.get("year").asInt()).isEqualTo(calendarYear);
        assertThat(year.get("held").asInt()).as("held %d", calendarYear).isEqualTo(held);
        assertThat(year.get("planned").asInt()).isEqualTo(4);
        assertThat(year.get("attendance").asString()).as("attendance %d", calendarYear).isEqualTo(attendance);
        JsonNode byType = year.get("attendanceByType");
        assertThat(List.of(byType.get("SOCIAL_INSURANCE_AGENCY").asString(),
                byType.get("PUBLIC_EMPLOYMENT_SERVICE").asString(), byType.get("REGION").asString(),
                byType.get("MUNICIPALITY").asString()))
            .as("by type %d", calendarYear).containsExactly(fk, af, region, municipality);
    }
}

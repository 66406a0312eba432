package se.samverkan.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.costs.BorneCost;
import se.samverkan.metrics.costs.CostAttribution;
import se.samverkan.metrics.costs.ProjectCosts;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.money.Amount;

class CostsTest {

    @Test
    void the_gemensamma_taget_budget_is_borne_by_the_key_of_sf_umea() throws Exception {
        SamverkanDocument document = SamverkanJson.create().read(Path.of("data", "gemensamma-taget-vuxna.json"));

        CostAttribution borne = Costs.borne(document, "gt-vuxna");

        // Budget lines: 1 198 000 (2008) + 1 365 000 (2009) + 192 000 (2010) = 2 755 000, all from sf-umea,
        // whose key gives Försäkringskassan 1/2 = 1 377 500, the one region 1/4 = 688 750 and the one
        // municipality 1/4 = 688 750.
        assertThat(borne.total()).isEqualTo(Amount.ofKronor(2_755_000));
        assertThat(borne.byParty())
            .extracting(BorneCost::party, BorneCost::amount)
            .containsExactly(
                tuple("fk", Amount.ofKronor(1_377_500)),
                tuple("region-vb", Amount.ofKronor(688_750)),
                tuple("umea", Amount.ofKronor(688_750)));
    }

    @Test
    void the_2009_unit_costs_divide_that_years_budget_by_that_years_participations() throws Exception {
        SamverkanDocument document = SamverkanJson.create().read(Path.of("data", "gemensamma-taget-vuxna.json"));

        ProjectCosts costs = Costs.yearCosts(document, "gt-vuxna", 2009);

        // The 2009 budget lines sum to 1 365 000. In the data, 57 participations start in 2009, and of those
        // ending in 2009, 10 EMPLOYMENT + 10 SUBSIDISED_EMPLOYMENT + 7 STUDIES = 27 are work or studies.
        // 1 365 000 / 57 = 23 947.368… -> 23 947.37; 1 365 000 / 27 = 50 555.555… -> 50 555.56.
        assertThat(costs.unitCosts().budgetTotal()).isEqualTo(Amount.ofKronor(1_365_000));
        assertThat(costs.unitCosts().started()).isEqualTo(57);
        assertThat(costs.unitCosts().endedInWorkOrStudies()).isEqualTo(27);
        assertThat(costs.unitCosts().perStartedParticipant()).contains(Amount.parse("23947.37"));
        assertThat(costs.unitCosts().perWorkOrStudies()).contains(Amount.parse("50555.56"));
        assertThatThrownBy(() -> Costs.yearCosts(document, "okänd", 2009)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_unknown_insats_is_refused() throws Exception {
        SamverkanDocument document = SamverkanJson.create().read(Path.of("data", "gemensamma-taget-vuxna.json"));

        assertThatThrownBy(() -> Costs.borne(document, "okänd")).isInstanceOf(IllegalArgumentException.class);
    }
}

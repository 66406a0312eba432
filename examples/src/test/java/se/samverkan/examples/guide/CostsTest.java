package se.samverkan.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.costs.BorneCost;
import se.samverkan.metrics.costs.CostAttribution;
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
        assertThat(borne.getTotal()).isEqualTo(Amount.ofKronor(2_755_000));
        assertThat(borne.getByParty())
            .extracting(BorneCost::getParty, BorneCost::getAmount)
            .containsExactly(
                tuple("fk", Amount.ofKronor(1_377_500)),
                tuple("region-vb", Amount.ofKronor(688_750)),
                tuple("umea", Amount.ofKronor(688_750)));
    }

    @Test
    void an_unknown_insats_is_refused() throws Exception {
        SamverkanDocument document = SamverkanJson.create().read(Path.of("data", "gemensamma-taget-vuxna.json"));

        assertThatThrownBy(() -> Costs.borne(document, "okänd")).isInstanceOf(IllegalArgumentException.class);
    }
}

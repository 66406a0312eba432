package se.samverkan.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.metrics.costs.MemberShare;
import se.samverkan.metrics.rules.DocumentCheck;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.money.Amount;

class ModelInCodeTest {

    @Test
    void the_forbund_and_its_insats_built_in_code_have_no_problem() {
        assertThat(DocumentCheck.create().check(ModelInCode.document())).isEmpty();
    }

    @Test
    void the_forbund_key_splits_the_funding_by_the_law_and_by_population() {
        SamverkanDocument document = ModelInCode.document();

        // 4 000 000 kr: Försäkringskassan 1/2 = 2 000 000, the one region 1/4 = 1 000 000, the municipalities
        // 1/4 = 1 000 000 by population 30 000 : 10 000, so Nordby 750 000 and Sydby 250 000.
        // Arbetsförmedlingen pays nothing itself.
        assertThat(CostSharing.create().key(document, "sf-norr").orElseThrow().year(2026).orElseThrow()
                .shares().orElseThrow())
            .extracting(MemberShare::party, MemberShare::amount)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("fk", Amount.ofKronor(2_000_000)),
                org.assertj.core.groups.Tuple.tuple("region-n", Amount.ofKronor(1_000_000)),
                org.assertj.core.groups.Tuple.tuple("nordby", Amount.ofKronor(750_000)),
                org.assertj.core.groups.Tuple.tuple("sydby", Amount.ofKronor(250_000)));
    }

    @Test
    void written_and_read_back_it_is_the_same_document() {
        SamverkanDocument document = ModelInCode.document();

        assertThat(SamverkanJson.create().read(WriteJson.toJson(document))).isEqualTo(document);
    }
}

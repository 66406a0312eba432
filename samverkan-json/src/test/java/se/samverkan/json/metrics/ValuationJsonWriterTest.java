package se.samverkan.json.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.samverkan.metrics.valuation.PayerValue;
import se.samverkan.metrics.valuation.SocietyValue;
import se.samverkan.metrics.valuation.TotalValue;
import se.samverkan.metrics.valuation.ValuationResult;
import se.samverkan.model.time.Period;
import se.samverkan.model.valuation.Payer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The valuation output as a reader of the JSON sees it: one object per insats in the order given, every
 * money value as a plain decimal string, absent parts (society, return ratio, payback year) as JSON null,
 * and the caveat in the language asked for.
 */
class ValuationJsonWriterTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** An insats with every part present; the figures are arbitrary but distinct, so a swap shows. */
    private static final ValuationResult FULL = new ValuationResult("sf-steget",
        Period.of(LocalDate.of(2010, 1, 1), LocalDate.of(2012, 12, 31)), LocalDate.of(2013, 6, 30), 12, 5,
        d("4.329477"),
        List.of(new PayerValue(Payer.MUNICIPALITY, d("162000.00"), d("701375.27"), d("500000"), d("201375.27")),
            new PayerValue(Payer.REGION, d("1E+3"), d("4329.48"), d("0"), d("4329.48"))),
        Optional.of(new SocietyValue(d("420000"), d("1818380.34"))),
        new TotalValue(d("163000.00"), d("705704.75"), d("500000"), d("205704.75"), Optional.of(d("1.41")),
            OptionalInt.of(2015)),
        d("12000.50"), List.of(d("1")));

    /** An insats with nothing to show beyond its costs. */
    private static final ValuationResult EMPTY = new ValuationResult("sf-tom",
        Period.of(LocalDate.of(2011, 2, 1), LocalDate.of(2011, 11, 30)), LocalDate.of(2011, 12, 31), 0, 3,
        d("2.5"), List.of(), Optional.empty(),
        new TotalValue(d("0"), d("0"), d("80000"), d("-80000"), Optional.empty(), OptionalInt.empty()),
        d("0"), List.of());

    private static JsonNode write(List<ValuationResult> results, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ValuationJsonWriter.create().write(results, locale, out);
        return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void every_part_of_a_valuation_is_written() {
        JsonNode root = write(List.of(FULL), Locale.ENGLISH);
        assertThat(root.get("schemaVersion").isString()).isTrue();
        assertThat(root.get("projects")).hasSize(1);
        JsonNode p = root.get("projects").get(0);
        assertThat(p.get("id").asString()).isEqualTo("sf-steget");
        assertThat(p.get("period").get("start").asString()).isEqualTo("2010-01-01");
        assertThat(p.get("period").get("end").asString()).isEqualTo("2012-12-31");
        assertThat(p.get("asOf").asString()).isEqualTo("2013-06-30");
        assertThat(p.get("valued").intValue()).isEqualTo(12);
        assertThat(p.get("horizonYears").intValue()).isEqualTo(5);
        assertThat(p.get("factor").asString()).isEqualTo("4.329477");
        JsonNode municipality = p.get("byPayer").get(0);
        assertThat(municipality.get("payer").asString()).isEqualTo("MUNICIPALITY");
        assertThat(municipality.get("annualChange").asString()).isEqualTo("162000.00");
        assertThat(municipality.get("horizonValue").asString()).isEqualTo("701375.27");
        assertThat(municipality.get("cost").asString()).isEqualTo("500000");
        assertThat(municipality.get("net").asString()).isEqualTo("201375.27");
        // 1E+3 is written plainly: 1000.
        JsonNode region = p.get("byPayer").get(1);
        assertThat(region.get("payer").asString()).isEqualTo("REGION");
        assertThat(region.get("annualChange").asString()).isEqualTo("1000");
        assertThat(p.get("society").get("annualProductionGain").asString()).isEqualTo("420000");
        assertThat(p.get("society").get("horizonValue").asString()).isEqualTo("1818380.34");
        JsonNode total = p.get("total");
        assertThat(total.get("annualChange").asString()).isEqualTo("163000.00");
        assertThat(total.get("horizonValue").asString()).isEqualTo("705704.75");
        assertThat(total.get("cost").asString()).isEqualTo("500000");
        assertThat(total.get("net").asString()).isEqualTo("205704.75");
        assertThat(total.get("returnRatio").asString()).isEqualTo("1.41");
        assertThat(total.get("paybackYear").intValue()).isEqualTo(2015);
        assertThat(p.get("excludedCost").asString()).isEqualTo("12000.50");
        assertThat(p.get("caveat").asString()).startsWith("A before/after comparison without a control group");
    }

    @Test
    void absent_parts_are_null_and_an_empty_list_stays_a_list() {
        JsonNode p = write(List.of(EMPTY), Locale.ENGLISH).get("projects").get(0);
        assertThat(p.get("byPayer").isArray()).isTrue();
        assertThat(p.get("byPayer")).isEmpty();
        assertThat(p.get("society").isNull()).isTrue();
        assertThat(p.get("total").get("returnRatio").isNull()).isTrue();
        assertThat(p.get("total").get("paybackYear").isNull()).isTrue();
        assertThat(p.get("total").get("net").asString()).isEqualTo("-80000");
    }

    @Test
    void insatser_keep_their_order_and_the_caveat_follows_the_language() {
        JsonNode root = write(List.of(EMPTY, FULL), Locale.forLanguageTag("sv"));
        assertThat(root.get("projects")).extracting(n -> n.get("id").asString()).containsExactly("sf-tom", "sf-steget");
        assertThat(root.get("projects").get(0).get("caveat").asString())
            .startsWith("En jämförelse före och efter utan kontrollgrupp");
    }
}

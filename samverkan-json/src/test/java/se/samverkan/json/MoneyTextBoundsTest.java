package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.samverkan.model.money.Amount;
import se.samverkan.model.money.Share;

/**
 * Amounts and shares written as strings are read up to 64 characters, so a long run of trailing zeros is
 * still a value; a 65th character makes the text invalid whatever it holds. Trailing zeros do not count as
 * decimals: an amount may be written with more than two decimals when the extra ones are zeros.
 */
class MoneyTextBoundsTest {

    private static final SamverkanJson JSON = SamverkanJson.create();

    private static String funding(String total) {
        return "{ \"associations\": [\n  { \"id\": \"sf\", \"members\": [\"fk\"], \"funding\": [\n"
            + "    { \"year\": 2008, \"total\": " + total + " } ] } ] }";
    }

    private static String agreedShare(String share) {
        return "{ \"associations\": [ { \"id\": \"sf\",\n  \"municipalKey\": { \"method\": \"AGREED\", \"shares\": [\n"
            + "    { \"party\": \"umea\", \"share\": " + share + " } ] } } ] }";
    }

    private static Amount total(String text) {
        return JSON.read(funding(text)).getAssociations().get(0).getFunding().get(0).getTotal();
    }

    private static Share share(String text) {
        return JSON.read(agreedShare(text)).getAssociations().get(0).getMunicipalKey().getShares().get(0)
            .getShare();
    }

    private static String problemKey(String json) {
        return OnlyProblem.of(() -> JSON.read(json)).messageKey();
    }

    @Test
    void an_amount_string_of_64_characters_is_read_65_are_invalid() {
        // "1." and 62 zeros: 64 characters, the amount 1.
        String text64 = "1." + "0".repeat(62);
        assertThat(text64).hasSize(64);
        assertThat(total("\"" + text64 + "\"")).isEqualTo(Amount.parse("1"));
        assertThat(problemKey(funding("\"" + text64 + "0\""))).isEqualTo("se.samverkan.json.invalid-amount");
    }

    @Test
    void trailing_zeros_are_not_decimals_of_an_amount() {
        // 0.120 has three decimals written, two significant: 12 öre.
        assertThat(total("\"0.120\"")).isEqualTo(Amount.parse("0.12"));
        assertThat(total("0.120")).isEqualTo(Amount.parse("0.12"));
        assertThat(problemKey(funding("\"0.121\""))).isEqualTo("se.samverkan.json.amount-too-precise");
    }

    @Test
    void a_share_string_of_64_characters_is_read_65_are_invalid() {
        // "0.5" and 61 zeros: 64 characters, the share one half.
        String text64 = "0.5" + "0".repeat(61);
        assertThat(text64).hasSize(64);
        assertThat(share("\"" + text64 + "\"")).isEqualTo(Share.of(new java.math.BigDecimal("0.5")));
        assertThat(problemKey(agreedShare("\"" + text64 + "0\""))).isEqualTo("se.samverkan.json.invalid-share");
    }
}

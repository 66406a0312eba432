package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.metrics.ValueContract.assertValue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.model.money.Amount;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Esf;
import se.samverkan.model.testing.SeedDocuments;

/**
 * The ESF split (docs/metrics.md "ESF"): computed for a union co-financing rate in (0, 1] with at most 64
 * decimals, equal by value (a rate of {@code 0.5} and one of {@code 0.50} give the same split).
 */
class EsfSplitTest {

    private final Esf gransgangare = SeedDocuments.gransgangareEsf().getProjects().get(0).getEsf().orElseThrow();

    private Optional<EsfSplit> split(String granted, BigDecimal rate) {
        return EsfSplit.of(Esf.builder().from(gransgangare).grantedSupport(Amount.parse(granted))
            .unionCoFinancingRate(rate).build());
    }

    private Optional<EsfSplit> split(String granted, String rate) {
        return split(granted, new BigDecimal(rate));
    }

    @Test
    void a_rate_in_zero_exclusive_to_one_inclusive_gives_a_split() {
        assertThat(split("100", "0")).isEmpty();
        assertThat(split("100", "-0.01")).isEmpty();
        assertThat(split("100", "0.01")).hasValueSatisfying(s -> {
            assertThat(s.unionPart()).isEqualTo(Amount.ofKronor(1));
            assertThat(s.nationalPart()).isEqualTo(Amount.ofKronor(99));
        });
        assertThat(split("100", "1")).hasValueSatisfying(s -> assertThat(s.nationalPart()).isEqualTo(Amount.zero()));
        assertThat(split("100", "1.00")).isPresent();
        assertThat(split("100", "1.01")).isEmpty();
    }

    @Test
    void a_rate_of_64_decimals_is_split_and_one_of_65_is_not() {
        BigDecimal sixtyFour = new BigDecimal("0.5").add(BigDecimal.ONE.movePointLeft(64));
        BigDecimal sixtyFive = new BigDecimal("0.5").add(BigDecimal.ONE.movePointLeft(65));
        assertThat(split("100", sixtyFour)).hasValueSatisfying(s -> assertThat(s.unionPart().plus(s.nationalPart()))
            .isEqualTo(Amount.ofKronor(100)));
        assertThat(split("100", sixtyFive)).isEmpty();
        // Trailing zeros do not count as decimals.
        assertThat(split("100", new BigDecimal("0.5").setScale(80))).isPresent();
    }

    @Test
    void a_split_is_equal_by_value_of_its_rate_and_amounts() {
        EsfSplit half = split("399909", "0.5").orElseThrow();
        assertThat(half.grantedSupport()).isEqualTo(Amount.ofKronor(399_909));
        assertThat(half.unionCoFinancingRate()).isEqualByComparingTo("0.5");
        assertThat(half).hasToString("EsfSplit[granted=399909.00, union=199954.50, national=199954.50]");
        assertValue(half, split("399909.00", "0.50").orElseThrow(),
            split("399909.01", "0.5").orElseThrow(),
            split("399909", "0.4").orElseThrow(),
            split("399909", "0.6").orElseThrow());
        // Same parts, different rate: 0.5 and 0.5000001 split 1.00 into the same two halves.
        EsfSplit nearlyHalf = split("1", "0.5000001").orElseThrow();
        assertThat(nearlyHalf.unionPart()).isEqualTo(split("1", "0.5").orElseThrow().unionPart());
        assertThat(nearlyHalf).isNotEqualTo(split("1", "0.5").orElseThrow());
    }

    @Test
    void a_borne_cost_is_its_party_type_and_amount() {
        BorneCost esfRadet = BorneCost.of("esf-radet", PartyType.EU_FUND, Amount.ofKronor(399_909));
        assertThat(esfRadet).hasToString("esf-radet (EU_FUND)=399909.00");
        assertThat(esfRadet.party()).isEqualTo("esf-radet");
        assertThat(esfRadet.type()).isEqualTo(PartyType.EU_FUND);
        assertThat(esfRadet.amount()).isEqualTo(Amount.ofKronor(399_909));
        assertValue(esfRadet, BorneCost.of("esf-radet", PartyType.EU_FUND, Amount.parse("399909.0")),
            BorneCost.of("fk", PartyType.EU_FUND, Amount.ofKronor(399_909)),
            BorneCost.of("esf-radet", PartyType.SOCIAL_INSURANCE_AGENCY, Amount.ofKronor(399_909)),
            BorneCost.of("esf-radet", PartyType.EU_FUND, Amount.ofKronor(399_908)));
    }
}

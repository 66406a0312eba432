package se.samverkan.metrics.valuation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.model.time.Period;

/**
 * The socio-economic valuation of one insats over a measurement scope (<i>samhällsekonomisk kalkyl</i>).
 * It compares the participants' support before and after, without a control group: an estimate of the
 * potential, not a measured effect of the insats.
 *
 * @param projectId the insats
 * @param period the measurement period
 * @param asOf the date counted as of
 * @param valued the participations valued: ended in the period, non-anonymous, with income sources
 *     recorded both at start and at end
 * @param horizonYears the horizon H
 * @param factor the horizon factor F, rounded half-even to six decimals (the calculation uses it unrounded)
 * @param byPayer each of the five public payers, in {@code Payer} order, always all five
 * @param society the production gain, empty when the parameters give no production value of work
 * @param total the five payers together
 * @param excludedCost the part of the insats's attributed cost that no public payer bears (private and
 *     non-profit parties, EU funds) or that could not be attributed; rounded to the öre
 * @param cumulativeValue for each year t = 1 … H, the total value of years 1 … t (the last equals the total
 *     horizon value), rounded to the öre
 */
public record ValuationResult(String projectId, Period period, LocalDate asOf, int valued, int horizonYears,
        BigDecimal factor, List<PayerValue> byPayer, Optional<SocietyValue> society, TotalValue total,
        BigDecimal excludedCost, List<BigDecimal> cumulativeValue) {

    /**
     * Checks that no component is null and copies the lists.
     *
     * @throws NullPointerException if a component or an element is null
     */
    public ValuationResult {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(factor, "factor");
        byPayer = List.copyOf(byPayer);
        Objects.requireNonNull(society, "society");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(excludedCost, "excludedCost");
        cumulativeValue = List.copyOf(cumulativeValue);
    }

    /**
     * What the figures do not say, for every output of a valuation: the comparison is of the same people
     * before and after, without a control group, so it estimates a potential, not a measured effect.
     *
     * @param locale the language: English for an English locale, Swedish otherwise; not null
     * @return the caveat, never null
     * @throws NullPointerException if {@code locale} is null
     */
    public static String caveat(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "en".equals(locale.getLanguage())
            ? "A before/after comparison without a control group: the figures estimate the potential value of"
                + " the change in the participants' support, not a measured effect of the insats."
            : "En jämförelse före och efter utan kontrollgrupp: siffrorna uppskattar det möjliga värdet av"
                + " förändringen i deltagarnas försörjning, inte en uppmätt effekt av insatsen.";
    }
}

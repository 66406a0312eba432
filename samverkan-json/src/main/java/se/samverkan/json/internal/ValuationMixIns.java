package se.samverkan.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.valuation.ImmutableSourceCost;
import se.samverkan.model.valuation.ImmutableValuationParameters;
import se.samverkan.model.valuation.Payer;
import se.samverkan.model.valuation.SourceCost;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/** Jackson mix-ins for the parameters of a valuation (<i>samhällsekonomisk kalkyl</i>). */
final class ValuationMixIns {

    private ValuationMixIns() {
    }

    @JsonDeserialize(builder = ImmutableValuationParameters.Builder.class)
    @JsonPropertyOrder({"priceYear", "horizonYears", "discountRate", "persistence", "deadweight",
        "employmentAnnualValue", "incomeSources"})
    abstract static class Parameters {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class ParametersBuilder {
        // Bound to the int overload with the Integer reader, so that a wrong value gets the same problem as
        // any other integer; null means "not given", like an absent key.
        @JsonProperty("priceYear")
        @JsonSetter(nulls = Nulls.SKIP)
        abstract ImmutableValuationParameters.Builder priceYear(int priceYear);

        @JsonProperty("horizonYears")
        abstract ImmutableValuationParameters.Builder horizonYears(int horizonYears);

        @JsonProperty("discountRate")
        @JsonDeserialize(using = RateCodec.Reader.class)
        abstract ImmutableValuationParameters.Builder discountRate(BigDecimal discountRate);

        @JsonProperty("persistence")
        @JsonDeserialize(using = RateCodec.Reader.class)
        abstract ImmutableValuationParameters.Builder persistence(BigDecimal persistence);

        @JsonProperty("deadweight")
        @JsonDeserialize(using = RateCodec.Reader.class)
        abstract ImmutableValuationParameters.Builder deadweight(BigDecimal deadweight);

        @JsonProperty("employmentAnnualValue")
        abstract ImmutableValuationParameters.Builder employmentAnnualValue(Optional<? extends Amount> value);

        @JsonProperty("incomeSources")
        abstract ImmutableValuationParameters.Builder incomeSources(Map<IncomeSource, ? extends SourceCost> entries);
    }

    @JsonDeserialize(builder = ImmutableSourceCost.Builder.class)
    @JsonPropertyOrder({"annualCost", "payer"})
    abstract static class Cost {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class CostBuilder {
        @JsonProperty("annualCost")
        abstract ImmutableSourceCost.Builder annualCost(Amount annualCost);

        @JsonProperty("payer")
        abstract ImmutableSourceCost.Builder payer(Payer payer);
    }
}

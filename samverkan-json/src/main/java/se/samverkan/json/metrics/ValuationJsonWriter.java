package se.samverkan.json.metrics;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import se.samverkan.metrics.valuation.PayerValue;
import se.samverkan.metrics.valuation.SocietyValue;
import se.samverkan.metrics.valuation.TotalValue;
import se.samverkan.metrics.valuation.ValuationResult;
import se.samverkan.model.SamverkanDocument;

/**
 * The writer of the valuation output (<i>samhällsekonomisk kalkyl</i>): for each insats, in this key
 * order, {@code id}, {@code period}, {@code asOf}, {@code valued}, {@code horizonYears}, {@code factor}
 * (six decimals), {@code byPayer} (the five public payers in a fixed order, each always present, with
 * {@code annualChange}, {@code horizonValue}, {@code cost}, {@code net}), {@code society}
 * ({@code annualProductionGain}, {@code horizonValue}; null without a production value of work),
 * {@code total} (the four amounts, {@code returnRatio} with two decimals or null, {@code paybackYear} or
 * null), {@code excludedCost} and the {@code caveat} in the chosen language.
 *
 * <p>Money is a string with exactly two decimals, negative figures with a minus sign; the output is
 * pretty-printed UTF-8. Instances are immutable and thread-safe.
 */
public final class ValuationJsonWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ValuationJsonWriter() {
    }

    /**
     * A writer of the valuation output.
     *
     * @return a writer, never null
     */
    public static ValuationJsonWriter create() {
        return new ValuationJsonWriter();
    }

    /**
     * Writes the valuations of some insatser.
     *
     * @param results the valuations, in output order, not null
     * @param locale the language of the caveat (English for an English locale, Swedish otherwise), not null
     * @param out where the UTF-8 JSON goes; it is flushed, not closed; not null
     * @throws NullPointerException if an argument is null
     * @throws tools.jackson.core.JacksonException if writing to {@code out} fails
     */
    public void write(List<ValuationResult> results, Locale locale, OutputStream out) {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator json = FACTORY.createGenerator(new MetricsJsonWriter.PrettyContext(), out)) {
            json.writeStartObject();
            json.writeStringProperty("schemaVersion", SamverkanDocument.SCHEMA_VERSION);
            json.writeName("projects");
            json.writeStartArray();
            for (ValuationResult result : results) {
                project(json, result, locale);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void project(JsonGenerator json, ValuationResult result, Locale locale) {
        json.writeStartObject();
        json.writeStringProperty("id", result.projectId());
        json.writeName("period");
        json.writeStartObject();
        json.writeStringProperty("start", result.period().getStart().toString());
        json.writeStringProperty("end", result.period().getEnd().toString());
        json.writeEndObject();
        json.writeStringProperty("asOf", result.asOf().toString());
        json.writeNumberProperty("valued", result.valued());
        json.writeNumberProperty("horizonYears", result.horizonYears());
        json.writeStringProperty("factor", result.factor().toPlainString());
        json.writeName("byPayer");
        json.writeStartArray();
        for (PayerValue payer : result.byPayer()) {
            json.writeStartObject();
            json.writeStringProperty("payer", payer.payer().name());
            money(json, "annualChange", payer.annualChange());
            money(json, "horizonValue", payer.horizonValue());
            money(json, "cost", payer.cost());
            money(json, "net", payer.net());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeName("society");
        if (result.society().isEmpty()) {
            json.writeNull();
        } else {
            SocietyValue society = result.society().get();
            json.writeStartObject();
            money(json, "annualProductionGain", society.annualProductionGain());
            money(json, "horizonValue", society.horizonValue());
            json.writeEndObject();
        }
        TotalValue total = result.total();
        json.writeName("total");
        json.writeStartObject();
        money(json, "annualChange", total.annualChange());
        money(json, "horizonValue", total.horizonValue());
        money(json, "cost", total.cost());
        money(json, "net", total.net());
        json.writeName("returnRatio");
        if (total.returnRatio().isEmpty()) {
            json.writeNull();
        } else {
            json.writeString(total.returnRatio().get().toPlainString());
        }
        json.writeName("paybackYear");
        if (total.paybackYear().isEmpty()) {
            json.writeNull();
        } else {
            json.writeNumber(total.paybackYear().getAsInt());
        }
        json.writeEndObject();
        money(json, "excludedCost", result.excludedCost());
        json.writeStringProperty("caveat", ValuationResult.caveat(locale));
        json.writeEndObject();
    }

    private static void money(JsonGenerator json, String name, BigDecimal value) {
        json.writeStringProperty(name, value.toPlainString());
    }
}

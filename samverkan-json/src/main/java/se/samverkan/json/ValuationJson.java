package se.samverkan.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.samverkan.json.internal.ParametersEngine;
import se.samverkan.json.internal.ProblemType;
import se.samverkan.json.internal.TextSource;
import se.samverkan.model.validation.SamverkanValidator;
import se.samverkan.model.validation.Violation;
import se.samverkan.model.valuation.ValuationParameters;

/**
 * The parameters file of a socio-economic valuation (<i>samhällsekonomisk kalkyl</i>) in JSON, read as
 * strictly as a document: unknown properties, duplicate keys, wrong types, unknown codes (an income
 * source, or a payer outside the five public payers), trailing content and malformed JSON are
 * problems with JSON Pointer, line and column. The parameters are then validated (a horizon of 1 to
 * 100 years, a discount rate ≥ 0, a persistence in 0–1, a deadweight in [0, 1), amounts ≥ 0 with at most
 * two decimals), and every violation is reported the same way. Only valid parameters are returned.
 *
 * <pre>{@code
 * { "priceYear": 2022, "horizonYears": 5, "discountRate": "0.035", "persistence": "0.75",
 *   "deadweight": "0.2", "employmentAnnualValue": "420000",
 *   "incomeSources": { "SOCIAL_ASSISTANCE": { "annualCost": "162000", "payer": "MUNICIPALITY" } } }
 * }</pre>
 * Rates and amounts are decimal strings or JSON numbers; the format is described in
 * {@code docs/valuation.md}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ValuationJson {

    private final JsonLimits limits;
    private final ParametersEngine engine;
    private final SamverkanValidator validator;

    private ValuationJson(JsonLimits limits) {
        this.limits = limits;
        this.engine = new ParametersEngine(limits);
        this.validator = SamverkanValidator.create();
    }

    /**
     * A reader with the {@linkplain JsonLimits#defaults() default limits}.
     *
     * @return a new reader, never null
     */
    public static ValuationJson create() {
        return new ValuationJson(JsonLimits.defaults());
    }

    /**
     * Reads and validates parameters from text.
     *
     * @param json the JSON text, not null
     * @return the valid parameters, never null
     * @throws NullPointerException if {@code json} is null
     * @throws SamverkanJsonException with every problem, located, if the text is not readable or the
     *     parameters are not valid
     */
    public ValuationParameters readParameters(String json) {
        Objects.requireNonNull(json, "json");
        ValuationParameters parameters = engine.read(json);
        List<Violation> violations = validator.validateObject(parameters);
        if (violations.isEmpty()) {
            return parameters;
        }
        Set<String> pointers = new LinkedHashSet<>();
        violations.forEach(v -> pointers.add(v.path()));
        Map<String, int[]> places = engine.locate(json, pointers);
        List<JsonProblem> problems = new ArrayList<>();
        for (Violation v : violations) {
            int[] place = places.get(v.path());
            problems.add(JsonProblem.of(v.path(), place[0], place[1], v.messageKey(),
                v.message(SamverkanValidator.SWEDISH), v.message(Locale.ENGLISH)));
        }
        throw new SamverkanJsonException(problems);
    }

    /**
     * Reads and validates parameters from a UTF-8 file.
     *
     * @param path the file, not null
     * @return the valid parameters, never null
     * @throws NullPointerException if {@code path} is null
     * @throws SamverkanJsonException if the file is not valid UTF-8, not readable parameters, or the
     *     parameters are not valid
     * @throws IOException if the file cannot be read
     */
    public ValuationParameters readParameters(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        return readParameters(Files.newInputStream(path));
    }

    /**
     * Reads and validates parameters from UTF-8 bytes; the stream is read to the end and closed.
     *
     * @param in the bytes, not null
     * @return the valid parameters, never null
     * @throws NullPointerException if {@code in} is null
     * @throws SamverkanJsonException if the bytes are not valid UTF-8, not readable parameters, or the
     *     parameters are not valid
     * @throws IOException if the stream fails
     */
    public ValuationParameters readParameters(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        StringBuilder text = new StringBuilder();
        try (Reader reader = TextSource.utf8(in)) {
            char[] buffer = new char[16 * 1024];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
                if (text.length() > limits.maxDocumentLength()) {
                    break;
                }
            }
        } catch (CharacterCodingException e) {
            throw new SamverkanJsonException(List.of(JsonProblem.of("", 1, 1, ProblemType.ENCODING.key(),
                ProblemType.ENCODING.swedish(), ProblemType.ENCODING.english())));
        }
        return readParameters(text.toString());
    }
}

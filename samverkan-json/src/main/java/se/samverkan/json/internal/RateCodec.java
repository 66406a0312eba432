package se.samverkan.json.internal;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * A rate of a valuation (discount rate, persistence, deadweight) in JSON: a plain decimal as a string
 * ({@code "0.035"}) or a JSON number, within the bounds of the model's other decimals (15 digits before
 * and 12 after the decimal point), checked before any arithmetic. Its range is checked by validation, so
 * that {@code -0.1} and {@code "-0.1"} are the same located violation.
 */
final class RateCodec {

    private static final int MAX_TEXT = 64;

    private RateCodec() {
    }

    static final class Reader extends StdDeserializer<BigDecimal> {
        Reader() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            BigDecimal value;
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getString();
                if (text.length() > MAX_TEXT || !isPlainDecimal(text)) {
                    throw ProblemException.of(p, ProblemType.INVALID_DECIMAL);
                }
                value = new BigDecimal(text);
            } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                value = p.getDecimalValue();
            } else {
                throw ProblemException.wrongType(p, JsonKind.DECIMAL_NUMBER);
            }
            return DecimalCodec.bounded(p, value);
        }
    }

    /** An optional minus, digits, and optionally a point followed by digits. */
    static boolean isPlainDecimal(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int digits = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int fraction = 0;
        for (i++; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            fraction++;
        }
        return fraction > 0;
    }
}

package se.samverkan.json.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;
import se.samverkan.model.money.Amount;

/**
 * Money (<i>belopp</i>) in JSON (docs/format.md): written as a string with exactly two decimals; read from a
 * string holding a plain decimal or from a JSON number. Digits and scale are bounded on the text, before
 * any {@link BigDecimal} arithmetic, so {@code 1e1000000} is rejected at once.
 */
final class AmountCodec {

    /** A plain decimal: optional minus, digits, optional fraction. No exponent, no plus sign, no blanks. */
    private static final Pattern PLAIN = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final int MAX_TEXT = 64;

    private AmountCodec() {
    }

    static final class Reader extends StdDeserializer<Amount> {
        Reader() {
            super(Amount.class);
        }

        @Override
        public Amount deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getString();
                if (text.length() > MAX_TEXT || !PLAIN.matcher(text).matches()) {
                    throw ProblemException.of(p, ProblemType.INVALID_AMOUNT);
                }
                return bounded(p, new BigDecimal(text));
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return bounded(p, p.getDecimalValue());
            }
            throw ProblemException.wrongType(p, JsonKind.AMOUNT);
        }

        private static Amount bounded(JsonParser p, BigDecimal value) {
            // precision and scale are read without expanding the value: constant time even for 1e1000000.
            if (!Amount.isWithinDocumentBound(value)) {
                throw ProblemException.of(p, ProblemType.AMOUNT_TOO_LARGE);
            }
            if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
                throw ProblemException.of(p, ProblemType.AMOUNT_TOO_PRECISE);
            }
            return Amount.of(value);
        }
    }

    static final class Writer extends StdSerializer<Amount> {
        Writer() {
            super(Amount.class);
        }

        @Override
        public void serialize(Amount value, JsonGenerator gen, SerializationContext provider) {
            gen.writeString(value.toString());
        }
    }
}

package se.samverkan.json.internal;

import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The model's plain decimals (percent targets, baselines, full-time equivalents, rates) in JSON: JSON
 * numbers only, at most {@value #MAX_INTEGER_DIGITS} digits before and {@value #MAX_SCALE} after the
 * decimal point, checked before any arithmetic. A number written with a positive exponent ({@code 1E+3})
 * is read as the whole number it denotes (scale 0); output is always the plain notation.
 */
final class DecimalCodec {

    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_SCALE = 12;

    private DecimalCodec() {
    }

    static final class Reader extends StdDeserializer<BigDecimal> {
        Reader() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                throw ProblemException.wrongType(p, JsonKind.NUMBER);
            }
            return bounded(p, p.getDecimalValue());
        }
    }

    /**
     * The value within the bounds of the model's decimals, a positive exponent made scale 0.
     *
     * @throws ProblemException {@code DECIMAL_OUT_OF_BOUNDS} at the parser's place when it has too many digits
     */
    static BigDecimal bounded(JsonParser p, BigDecimal value) {
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw ProblemException.of(p, ProblemType.DECIMAL_OUT_OF_BOUNDS);
        }
        if (value.scale() > MAX_SCALE && value.stripTrailingZeros().scale() > MAX_SCALE) {
            throw ProblemException.of(p, ProblemType.DECIMAL_OUT_OF_BOUNDS);
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    static final class Writer extends StdSerializer<BigDecimal> {
        Writer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext provider) {
            gen.writeNumber(value.toPlainString());
        }
    }
}

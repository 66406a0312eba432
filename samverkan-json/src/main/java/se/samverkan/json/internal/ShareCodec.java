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
import se.samverkan.model.money.Share;

/**
 * A share (<i>andel</i>) in JSON: treated like money because shares must sum to exactly 1. Written as a
 * string holding the plain decimal ({@code "0.25"}); read from such a string or from a JSON number.
 */
final class ShareCodec {

    private static final Pattern PLAIN = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final int MAX_TEXT = 64;

    private ShareCodec() {
    }

    static final class Reader extends StdDeserializer<Share> {
        Reader() {
            super(Share.class);
        }

        @Override
        public Share deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            BigDecimal value;
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getString();
                if (text.length() > MAX_TEXT || !PLAIN.matcher(text).matches()) {
                    throw ProblemException.of(p, ProblemType.INVALID_SHARE);
                }
                value = new BigDecimal(text);
            } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                value = p.getDecimalValue();
            } else {
                throw ProblemException.wrongType(p, JsonKind.SHARE);
            }
            try {
                // Share.of bounds precision and scale before comparing, so 1e1000000 costs nothing.
                return Share.of(value);
            } catch (IllegalArgumentException e) {
                throw ProblemException.of(p, ProblemType.INVALID_SHARE);
            }
        }
    }

    static final class Writer extends StdSerializer<Share> {
        Writer() {
            super(Share.class);
        }

        @Override
        public void serialize(Share value, JsonGenerator gen, SerializationContext provider) {
            gen.writeString(value.toString());
        }
    }
}

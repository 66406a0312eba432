package se.samverkan.json.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Dates in JSON (JSON.md §1): strings {@code YYYY-MM-DD} only, checked strictly (no epoch-day numbers, no
 * time part, no 30 February).
 */
final class DateCodec {

    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private DateCodec() {
    }

    static final class Reader extends StdDeserializer<LocalDate> {
        Reader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw ProblemException.wrongType(p, JsonKind.DATE);
            }
            String text = p.getString();
            if (!ISO_DATE.matcher(text).matches()) {
                throw ProblemException.of(p, ProblemType.INVALID_DATE);
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ProblemException.of(p, ProblemType.INVALID_DATE);
            }
        }
    }

    static final class Writer extends StdSerializer<LocalDate> {
        Writer() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializationContext provider) {
            gen.writeString(value.toString());
        }
    }
}

package se.samverkan.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Dates in JSON (docs/format.md): strings {@code YYYY-MM-DD} only, checked strictly (no epoch-day numbers, no
 * time part, no 30 February).
 */
final class DateCodec {

    private DateCodec() {
    }

    /**
     * The date of an ISO text {@code yyyy-mm-dd} (four, two and two ASCII digits), or null if the text has
     * another shape or names no date (30 February, month 13). Accepts exactly what matching
     * {@code [0-9]{4}-[0-9]{2}-[0-9]{2}} and then {@link LocalDate#parse} accept, without a regex matcher or
     * a formatter per date.
     */
    static LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
            LocalDate date = parse(text);
            if (date == null) {
                throw ProblemException.of(p, DateProblem.of(text));
            }
            return date;
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

package se.samverkan.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.model.participant.EducationLevel;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.party.PartyType;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * The values of the hand-written deserializers, read as strictly as databind reads them under
 * {@link HardenedMapper}. For a scalar (text, boolean, integer, code) the expected token is read directly;
 * every other token goes to the deserializer databind itself uses for that type, so that whatever it refuses
 * (a number for a text, a string for a boolean, a float for an integer, an unknown code) is refused with the
 * very same exception and reported with the same problem, pointer and place. JSON {@code null} is the
 * caller's to handle first ({@link #refuseNull}). Immutable and thread-safe.
 */
final class StrictTokens {

    private final ValueDeserializer<Object> strings;
    private final ValueDeserializer<Object> booleans;
    private final ValueDeserializer<Object> integers;
    private final Codes<Gender> genders;
    private final Codes<EducationLevel> educationLevels;
    private final Codes<ExitOutcome> exitOutcomes;
    private final Codes<PartyType> partyTypes;
    private final Codes<IncomeSource> incomeSources;

    private StrictTokens(DeserializationContext ctxt) {
        this.strings = find(ctxt, String.class);
        this.booleans = find(ctxt, boolean.class);
        this.integers = find(ctxt, Integer.class);
        this.genders = new Codes<>(Gender.class, find(ctxt, Gender.class));
        this.educationLevels = new Codes<>(EducationLevel.class, find(ctxt, EducationLevel.class));
        this.exitOutcomes = new Codes<>(ExitOutcome.class, find(ctxt, ExitOutcome.class));
        this.partyTypes = new Codes<>(PartyType.class, find(ctxt, PartyType.class));
        this.incomeSources = new Codes<>(IncomeSource.class, find(ctxt, IncomeSource.class));
    }

    /** The readers of the mapper behind {@code ctxt}. */
    static StrictTokens resolve(DeserializationContext ctxt) {
        return new StrictTokens(ctxt);
    }

    private static ValueDeserializer<Object> find(DeserializationContext ctxt, Class<?> type) {
        return ctxt.findRootValueDeserializer(ctxt.constructType(type));
    }

    /** Refuses JSON {@code null} where a value is required, as databind's null handling does. */
    static void refuseNull(JsonParser p) {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            throw ProblemException.of(p, ProblemType.NULL_NOT_ALLOWED);
        }
    }

    /** Reads the value of one property of an object read by hand, the parser on the value. */
    @FunctionalInterface
    interface PropertyReader {
        void read(String name, JsonToken token);
    }

    /**
     * Reads the current object property by property with {@code property}, then checks that each of the
     * {@code required} names was there (a property given, even with a value that had a problem, is not
     * missing). When the read collects problems ({@link ProblemLog}), a property whose value has a problem is
     * recorded and skipped, and the next one is read; otherwise the first problem is thrown.
     *
     * @return whether the object was read without a problem, so that it may be built
     */
    static boolean readObject(JsonParser p, DeserializationContext ctxt, List<String> required,
            PropertyReader property) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw ProblemException.wrongType(p, JsonKind.OBJECT);
        }
        ProblemLog log = ProblemLog.of(ctxt);
        int before = log == null ? 0 : log.count();
        int depth = ProblemLog.depth(p);
        boolean[] present = new boolean[required.size()];
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken token = p.nextToken();
            int atProperty = log == null ? 0 : log.count();
            int index = required.indexOf(name);
            if (index >= 0) {
                present[index] = true;
            }
            try {
                property.read(name, token);
            } catch (RuntimeException e) {
                ProblemLog.recover(log, e, atProperty, token, depth + 1);
            }
        }
        List<String> missing = new ArrayList<>(0);
        for (int i = 0; i < present.length; i++) {
            if (!present[i]) {
                missing.add(required.get(i));
            }
        }
        if (!missing.isEmpty()) {
            ProblemException absent = ProblemException.missing(p, missing);
            if (log == null) {
                throw absent;
            }
            log.record(absent);
        }
        return log == null || log.count() == before;
    }

    /**
     * Reads each element of the current array ({@code null} = none) with {@code element}, the parser on the
     * element. When the read collects problems ({@link ProblemLog}), an element with a problem is recorded
     * and skipped, and the next one is read; otherwise the first problem is thrown.
     */
    static void forEachElement(JsonParser p, DeserializationContext ctxt, Runnable element) {
        if (!enterArray(p)) {
            return;
        }
        ProblemLog log = ProblemLog.of(ctxt);
        int depth = ProblemLog.depth(p);
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            int before = log == null ? 0 : log.count();
            try {
                element.run();
            } catch (RuntimeException e) {
                ProblemLog.recover(log, e, before, token, depth + 1);
            }
        }
    }

    /**
     * Checks that the current value is an array or {@code null}.
     *
     * @return true if an array starts (the caller then reads its elements), false for {@code null}
     */
    static boolean enterArray(JsonParser p) {
        return enter(p, JsonToken.START_ARRAY, JsonKind.ARRAY);
    }

    /**
     * Checks that the current value is an object or {@code null}.
     *
     * @return true if an object starts (the caller then reads its properties), false for {@code null}
     */
    static boolean enterObject(JsonParser p) {
        return enter(p, JsonToken.START_OBJECT, JsonKind.OBJECT);
    }

    private static boolean enter(JsonParser p, JsonToken start, JsonKind kind) {
        JsonToken token = p.currentToken();
        if (token == start) {
            return true;
        }
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        throw ProblemException.wrongType(p, kind);
    }

    String string(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        return (String) strings.deserialize(p, ctxt);
    }

    boolean bool(JsonParser p, DeserializationContext ctxt) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        return (Boolean) booleans.deserialize(p, ctxt);
    }

    int integer(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        return (Integer) integers.deserialize(p, ctxt);
    }

    Gender gender(JsonParser p, DeserializationContext ctxt) {
        return genders.read(p, ctxt);
    }

    EducationLevel educationLevel(JsonParser p, DeserializationContext ctxt) {
        return educationLevels.read(p, ctxt);
    }

    ExitOutcome exitOutcome(JsonParser p, DeserializationContext ctxt) {
        return exitOutcomes.read(p, ctxt);
    }

    PartyType partyType(JsonParser p, DeserializationContext ctxt) {
        return partyTypes.read(p, ctxt);
    }

    IncomeSource incomeSource(JsonParser p, DeserializationContext ctxt) {
        return incomeSources.read(p, ctxt);
    }

    /**
     * The codes of one enum: a code string that is exactly a constant's name is looked up directly; every
     * other token goes to databind's (exact, see {@link ExactEnumCodes}) enum deserializer, which refuses it.
     */
    private static final class Codes<E extends Enum<E>> {

        private final Map<String, E> byName;
        private final ValueDeserializer<Object> deserializer;

        Codes(Class<E> type, ValueDeserializer<Object> deserializer) {
            Map<String, E> names = new HashMap<>();
            for (E constant : type.getEnumConstants()) {
                names.put(constant.name(), constant);
            }
            this.byName = Map.copyOf(names);
            this.deserializer = deserializer;
        }

        @SuppressWarnings("unchecked")
        E read(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                E code = byName.get(p.getString());
                if (code != null) {
                    return code;
                }
            }
            return (E) deserializer.deserialize(p, ctxt);
        }
    }
}

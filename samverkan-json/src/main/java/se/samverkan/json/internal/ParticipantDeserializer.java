package se.samverkan.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import se.samverkan.model.DocumentOrder;
import se.samverkan.model.participant.ImmutableParticipant;
import se.samverkan.model.participant.Participant;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a participant (<i>deltagare</i>, docs/format.md) token by token straight into its builder: no
 * intermediate {@code Optional} or collection is built and copied again. It refuses what the builder-based
 * binding refused, with the same problem at the same place: an unknown property (on its value), a
 * duplicate key (by the parser), JSON {@code null} for {@code id} or {@code gender} or as a participation,
 * a value of the wrong type or an unknown code (through {@link StrictTokens}), and missing {@code id} or
 * {@code gender} (at the closing brace). {@code null} for any other property means "not given".
 *
 * <p>Usable once contextualized by Jackson ({@link #createContextual}); then immutable and thread-safe.
 */
final class ParticipantDeserializer extends StdDeserializer<Participant> {

    /** The allowed names, for the message on an unknown one: the model's, in alphabetical order. */
    private static final String PROPERTIES = String.join(", ", new TreeSet<>(DocumentOrder.of(Participant.class)));

    private final StrictTokens tokens;
    private final ParticipationDeserializer participations;

    ParticipantDeserializer() {
        this(null, null);
    }

    private ParticipantDeserializer(StrictTokens tokens, ParticipationDeserializer participations) {
        super(Participant.class);
        this.tokens = tokens;
        this.participations = participations;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        StrictTokens resolved = StrictTokens.resolve(ctxt);
        return new ParticipantDeserializer(resolved, ParticipationDeserializer.resolved(resolved));
    }

    @Override
    public Participant deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw ProblemException.wrongType(p, JsonKind.OBJECT);
        }
        ImmutableParticipant.Builder builder = Participant.builder();
        boolean hasId = false;
        boolean hasGender = false;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken token = p.nextToken();
            switch (name) {
                case "id":
                    StrictTokens.refuseNull(p);
                    builder.id(tokens.string(p, ctxt));
                    hasId = true;
                    break;
                case "anonymous":
                    if (token != JsonToken.VALUE_NULL) {
                        builder.anonymous(tokens.bool(p, ctxt));
                    }
                    break;
                case "gender":
                    StrictTokens.refuseNull(p);
                    builder.gender(tokens.gender(p, ctxt));
                    hasGender = true;
                    break;
                case "birthYear":
                    if (token != JsonToken.VALUE_NULL) {
                        builder.birthYear(tokens.integer(p, ctxt));
                    }
                    break;
                case "educationLevel":
                    if (token != JsonToken.VALUE_NULL) {
                        builder.educationLevel(tokens.educationLevel(p, ctxt));
                    }
                    break;
                case "participations":
                    readParticipations(p, ctxt, builder);
                    break;
                default:
                    throw ProblemException.unknownProperty(p, name, PROPERTIES);
            }
        }
        if (!hasId || !hasGender) {
            List<String> missing = new ArrayList<>(2);
            if (!hasId) {
                missing.add("id");
            }
            if (!hasGender) {
                missing.add("gender");
            }
            throw ProblemException.missing(p, missing);
        }
        return builder.build();
    }

    private void readParticipations(JsonParser p, DeserializationContext ctxt, ImmutableParticipant.Builder builder) {
        if (!StrictTokens.enterArray(p)) {
            return;
        }
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            StrictTokens.refuseNull(p);
            builder.addParticipations(participations.deserialize(p, ctxt));
        }
    }
}

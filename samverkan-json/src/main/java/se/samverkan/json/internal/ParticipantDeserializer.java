package se.samverkan.json.internal;

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
 * <p>In a read that collects problems ({@link ProblemLog}) each of these is recorded and reading goes on
 * with the next property or element ({@link StrictTokens#readObject}); a participant with a problem is then
 * not built: the result is {@code null}.
 *
 * <p>Usable once contextualized by Jackson ({@link #createContextual}); then immutable and thread-safe.
 */
final class ParticipantDeserializer extends StdDeserializer<Participant> {

    /** The allowed names, for the message on an unknown one: the model's, in alphabetical order. */
    /** The properties that must be given, in the order a message names them. */
    private static final List<String> REQUIRED = List.of("id", "gender");
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
        ImmutableParticipant.Builder builder = Participant.builder();
        boolean complete = StrictTokens.readObject(p, ctxt, REQUIRED,
            (name, token) -> readProperty(name, token, p, ctxt, builder));
        // Nothing is built from an object with a problem: a read that collects problems never returns it.
        return complete ? builder.build() : null;
    }

    private void readParticipations(JsonParser p, DeserializationContext ctxt, ImmutableParticipant.Builder builder) {
        StrictTokens.forEachElement(p, ctxt, () -> {
            StrictTokens.refuseNull(p);
            builder.addParticipations(participations.deserialize(p, ctxt));
        });
    }

    /** Reads the value of the property {@code name} into the builder. */
    private void readProperty(String name, JsonToken token, JsonParser p, DeserializationContext ctxt,
            ImmutableParticipant.Builder builder) {
        switch (name) {
            case "id":
                StrictTokens.refuseNull(p);
                builder.id(tokens.string(p, ctxt));
                break;
            case "anonymous":
                if (token != JsonToken.VALUE_NULL) {
                    builder.anonymous(tokens.bool(p, ctxt));
                }
                break;
            case "gender":
                StrictTokens.refuseNull(p);
                builder.gender(tokens.gender(p, ctxt));
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
}

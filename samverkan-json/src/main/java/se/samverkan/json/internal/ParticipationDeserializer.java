package se.samverkan.json.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import se.samverkan.model.DocumentOrder;
import se.samverkan.model.participant.ImmutableParticipation;
import se.samverkan.model.participant.Participation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a participation (<i>deltagande</i>, docs/format.md) token by token straight into its builder; the
 * code sets go into the builder's {@code EnumSet}s element by element. It refuses what the builder-based
 * binding refused, with the same problem at the same place: an unknown property (on its value), a duplicate
 * key (by the parser), JSON {@code null} for {@code project} or {@code start}, as an element of a code set or
 * as a survey answer, a value of the wrong type, an unknown code or a malformed date (through
 * {@link StrictTokens} and {@link DateCodec}), and missing {@code project} or {@code start} (at the closing
 * brace). {@code null} for any other property means "not given".
 *
 * <p>Usable once contextualized by Jackson ({@link #createContextual}); then immutable and thread-safe.
 */
final class ParticipationDeserializer extends StdDeserializer<Participation> {

    /** The allowed names, for the message on an unknown one: the model's, in alphabetical order. */
    private static final String PROPERTIES = String.join(", ", new TreeSet<>(DocumentOrder.of(Participation.class)));
    private static final DateCodec.Reader DATES = new DateCodec.Reader();

    private final StrictTokens tokens;

    ParticipationDeserializer() {
        this(null);
    }

    private ParticipationDeserializer(StrictTokens tokens) {
        super(Participation.class);
        this.tokens = tokens;
    }

    /** A deserializer reading its values with {@code tokens}. */
    static ParticipationDeserializer resolved(StrictTokens tokens) {
        return new ParticipationDeserializer(tokens);
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        return resolved(StrictTokens.resolve(ctxt));
    }

    @Override
    public Participation deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw ProblemException.wrongType(p, JsonKind.OBJECT);
        }
        ImmutableParticipation.Builder builder = Participation.builder();
        boolean hasProject = false;
        boolean hasStart = false;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken token = p.nextToken();
            switch (name) {
                case "project":
                    StrictTokens.refuseNull(p);
                    builder.project(tokens.string(p, ctxt));
                    hasProject = true;
                    break;
                case "start":
                    StrictTokens.refuseNull(p);
                    builder.start(date(p, ctxt));
                    hasStart = true;
                    break;
                case "end":
                    if (token != JsonToken.VALUE_NULL) {
                        builder.end(date(p, ctxt));
                    }
                    break;
                case "cohort":
                    if (token != JsonToken.VALUE_NULL) {
                        builder.cohort(tokens.string(p, ctxt));
                    }
                    break;
                case "authorityContacts":
                    readAuthorityContacts(p, ctxt, builder);
                    break;
                case "incomeAtStart":
                    readIncomeAtStart(p, ctxt, builder);
                    break;
                case "incomeAtEnd":
                    readIncomeAtEnd(p, ctxt, builder);
                    break;
                case "exitOutcome":
                    if (token != JsonToken.VALUE_NULL) {
                        builder.exitOutcome(tokens.exitOutcome(p, ctxt));
                    }
                    break;
                case "survey":
                    readSurvey(p, ctxt, builder);
                    break;
                case "reenrolmentReason":
                    if (token != JsonToken.VALUE_NULL) {
                        builder.reenrolmentReason(tokens.string(p, ctxt));
                    }
                    break;
                default:
                    throw ProblemException.unknownProperty(p, name, PROPERTIES);
            }
        }
        if (!hasProject || !hasStart) {
            List<String> missing = new ArrayList<>(2);
            if (!hasProject) {
                missing.add("project");
            }
            if (!hasStart) {
                missing.add("start");
            }
            throw ProblemException.missing(p, missing);
        }
        return builder.build();
    }

    private static LocalDate date(JsonParser p, DeserializationContext ctxt) {
        return DATES.deserialize(p, ctxt);
    }

    private void readAuthorityContacts(JsonParser p, DeserializationContext ctxt,
            ImmutableParticipation.Builder builder) {
        if (StrictTokens.enterArray(p)) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                StrictTokens.refuseNull(p);
                builder.addAuthorityContacts(tokens.partyType(p, ctxt));
            }
        }
    }

    private void readIncomeAtStart(JsonParser p, DeserializationContext ctxt, ImmutableParticipation.Builder builder) {
        if (StrictTokens.enterArray(p)) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                StrictTokens.refuseNull(p);
                builder.addIncomeAtStart(tokens.incomeSource(p, ctxt));
            }
        }
    }

    private void readIncomeAtEnd(JsonParser p, DeserializationContext ctxt, ImmutableParticipation.Builder builder) {
        if (StrictTokens.enterArray(p)) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                StrictTokens.refuseNull(p);
                builder.addIncomeAtEnd(tokens.incomeSource(p, ctxt));
            }
        }
    }

    private void readSurvey(JsonParser p, DeserializationContext ctxt, ImmutableParticipation.Builder builder) {
        if (StrictTokens.enterObject(p)) {
            for (String question = p.nextName(); question != null; question = p.nextName()) {
                p.nextToken();
                StrictTokens.refuseNull(p);
                builder.putSurvey(question, tokens.integer(p, ctxt));
            }
        }
    }
}

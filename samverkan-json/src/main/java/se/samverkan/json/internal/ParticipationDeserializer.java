package se.samverkan.json.internal;

import java.time.LocalDate;
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
 * <p>In a read that collects problems ({@link ProblemLog}) each of these is recorded and reading goes on
 * with the next property or element ({@link StrictTokens#readObject}); a participation with a problem is then
 * not built: the result is {@code null}.
 *
 * <p>Usable once contextualized by Jackson ({@link #createContextual}); then immutable and thread-safe.
 */
final class ParticipationDeserializer extends StdDeserializer<Participation> {

    /** The allowed names, for the message on an unknown one: the model's, in alphabetical order. */
    /** The properties that must be given, in the order a message names them. */
    private static final List<String> REQUIRED = List.of("project", "start");
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
        ImmutableParticipation.Builder builder = Participation.builder();
        boolean complete = StrictTokens.readObject(p, ctxt, REQUIRED,
            (name, token) -> readProperty(name, token, p, ctxt, builder));
        // Nothing is built from an object with a problem: a read that collects problems never returns it.
        return complete ? builder.build() : null;
    }

    private static LocalDate date(JsonParser p, DeserializationContext ctxt) {
        return DATES.deserialize(p, ctxt);
    }

    private void readAuthorityContacts(JsonParser p, DeserializationContext ctxt,
            ImmutableParticipation.Builder builder) {
        StrictTokens.forEachElement(p, ctxt, () -> {
            StrictTokens.refuseNull(p);
            builder.addAuthorityContacts(tokens.partyType(p, ctxt));
        });
    }

    private void readIncomeAtStart(JsonParser p, DeserializationContext ctxt, ImmutableParticipation.Builder builder) {
        StrictTokens.forEachElement(p, ctxt, () -> {
            StrictTokens.refuseNull(p);
            builder.addIncomeAtStart(tokens.incomeSource(p, ctxt));
        });
    }

    private void readIncomeAtEnd(JsonParser p, DeserializationContext ctxt, ImmutableParticipation.Builder builder) {
        StrictTokens.forEachElement(p, ctxt, () -> {
            StrictTokens.refuseNull(p);
            builder.addIncomeAtEnd(tokens.incomeSource(p, ctxt));
        });
    }

    private void readSurvey(JsonParser p, DeserializationContext ctxt, ImmutableParticipation.Builder builder) {
        if (StrictTokens.enterObject(p)) {
            ProblemLog log = ProblemLog.of(ctxt);
            int depth = ProblemLog.depth(p);
            for (String question = p.nextName(); question != null; question = p.nextName()) {
                JsonToken answer = p.nextToken();
                int before = log == null ? 0 : log.count();
                try {
                    StrictTokens.refuseNull(p);
                    builder.putSurvey(question, tokens.integer(p, ctxt));
                } catch (RuntimeException e) {
                    ProblemLog.recover(log, e, before, answer, depth + 1);
                }
            }
        }
    }

    /** Reads the value of the property {@code name} into the builder. */
    private void readProperty(String name, JsonToken token, JsonParser p, DeserializationContext ctxt,
            ImmutableParticipation.Builder builder) {
        switch (name) {
            case "project":
                StrictTokens.refuseNull(p);
                builder.project(tokens.string(p, ctxt));
                break;
            case "start":
                StrictTokens.refuseNull(p);
                builder.start(date(p, ctxt));
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
}

package se.samverkan.json.internal;

import java.util.Map;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.party.Party;
import se.samverkan.model.project.Project;
import se.samverkan.model.structure.CooperationGroup;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * One mapper's readers for the values a document is read in (the schema version and the elements of the
 * root arrays), built once: binding an element through a ready {@link ObjectReader} skips the per-call
 * set-up of {@code ObjectMapper.readValue}. Immutable and thread-safe.
 */
final class ValueReaders {

    private final JsonMapper mapper;
    private final Map<Class<?>, ObjectReader> readers;

    ValueReaders(JsonMapper mapper) {
        this(mapper, Map.of(
            String.class, mapper.readerFor(String.class),
            Party.class, mapper.readerFor(Party.class),
            CoordinationAssociation.class, mapper.readerFor(CoordinationAssociation.class),
            Project.class, mapper.readerFor(Project.class),
            CooperationGroup.class, mapper.readerFor(CooperationGroup.class),
            Participant.class, mapper.readerFor(Participant.class)));
    }

    private ValueReaders(JsonMapper mapper, Map<Class<?>, ObjectReader> readers) {
        this.mapper = mapper;
        this.readers = readers;
    }

    /** These readers for one read that records its problems in {@code log} and goes on ({@link ProblemLog}). */
    ValueReaders collectingInto(ProblemLog log) {
        Map<Class<?>, ObjectReader> collecting = new java.util.HashMap<>();
        readers.forEach((type, reader) -> collecting.put(type, reader.withAttribute(ProblemLog.KEY, log)));
        return new ValueReaders(mapper, Map.copyOf(collecting));
    }

    /** The mapper the readers come from. */
    JsonMapper mapper() {
        return mapper;
    }

    /**
     * Binds the value the parser is on.
     *
     * @throws IllegalArgumentException if {@code type} is not one of the document's value types
     */
    <T> T read(JsonParser parser, Class<T> type) {
        ObjectReader reader = readers.get(type);
        if (reader == null) {
            throw new IllegalArgumentException("not a document value type: " + type.getName());
        }
        return type.cast(reader.readValue(parser));
    }
}

package se.samverkan.json.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * root arrays), each built once, when first used: binding an element through a ready {@link ObjectReader}
 * skips the per-call set-up of {@code ObjectMapper.readValue}, and building a reader only when it is needed
 * keeps a mapper that a run never uses (the character path, the streamed path) from costing start-up time.
 * Immutable in what it reads and thread-safe.
 */
final class ValueReaders {

    private static final Set<Class<?>> TYPES = Set.of(String.class, Party.class, CoordinationAssociation.class,
        Project.class, CooperationGroup.class, Participant.class);

    private final JsonMapper mapper;
    /** Shared by the collecting copies, so each reader is still built once. */
    private final Map<Class<?>, ObjectReader> readers;
    /** The problem log of one collecting read, or null for readers that stop at the first problem. */
    private final ProblemLog log;

    ValueReaders(JsonMapper mapper) {
        this(mapper, new ConcurrentHashMap<>(), null);
    }

    private ValueReaders(JsonMapper mapper, Map<Class<?>, ObjectReader> readers, ProblemLog log) {
        this.mapper = mapper;
        this.readers = readers;
        this.log = log;
    }

    /** These readers for one read that records its problems in {@code log} and goes on ({@link ProblemLog}). */
    ValueReaders collectingInto(ProblemLog log) {
        return new ValueReaders(mapper, readers, log);
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
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("not a document value type: " + type.getName());
        }
        ObjectReader reader = readers.computeIfAbsent(type, mapper::readerFor);
        return type.cast((log == null ? reader : reader.withAttribute(ProblemLog.KEY, log)).readValue(parser));
    }
}

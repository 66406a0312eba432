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
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    ValueReaders(JsonMapper mapper) {
        this.mapper = mapper;
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
        return type.cast(readers.computeIfAbsent(type, mapper::readerFor).readValue(parser));
    }
}

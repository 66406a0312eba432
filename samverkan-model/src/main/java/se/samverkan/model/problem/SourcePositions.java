package se.samverkan.model.problem;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The positions of a document's values in the text it was read from (<i>källpositioner</i>), looked up by
 * JSON Pointer. The JSON reader hands one out with every document it reads, so that problems found later
 * in the document object (field rules, reporting rules) can name a line and column too.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface SourcePositions {

    /**
     * The position of the value a pointer names.
     *
     * @param pointer a JSON Pointer into the document, not null
     * @return the position of the value's first character, or of the nearest enclosing value the text
     *     holds (for an absent property), or null when the pointer is not in the text
     */
    @Nullable Position locate(String pointer);

    /**
     * The positions of many values at once. Implementations that must read the text again override it to
     * read it once.
     *
     * @param pointers JSON Pointers into the document, not null
     * @return the position of each pointer the text has, by pointer; never null
     */
    default Map<String, Position> locateAll(Collection<String> pointers) {
        Map<String, Position> found = new HashMap<>();
        for (String pointer : pointers) {
            Position position = locate(pointer);
            if (position != null) {
                found.put(pointer, position);
            }
        }
        return found;
    }

    /**
     * No positions: for a document built in code rather than read from text.
     *
     * @return positions that locate nothing, never null
     */
    static SourcePositions none() {
        return pointer -> null;
    }
}

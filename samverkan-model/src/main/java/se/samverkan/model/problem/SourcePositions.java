package se.samverkan.model.problem;

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
     * No positions: for a document built in code rather than read from text.
     *
     * @return positions that locate nothing, never null
     */
    static SourcePositions none() {
        return pointer -> null;
    }
}

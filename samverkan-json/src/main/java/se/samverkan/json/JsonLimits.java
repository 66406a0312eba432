package se.samverkan.json;

/**
 * The bounds a reader enforces on hostile input (<i>gränser för indata</i>, docs/format.md): nesting depth,
 * string length, property-name length, number length and document size. Input beyond a bound is
 * rejected with a {@link JsonProblem} naming the place, before it can exhaust memory or time.
 *
 * <p>Amounts a document states are bounded as the model decides (13 integer digits, two decimals, 64
 * characters of text);
 * other decimals by 15 integer digits and 12 decimals; those bounds are not configurable.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonLimits {

    private static final JsonLimits DEFAULTS = new JsonLimits(32, 100_000, 256, 64, 256L << 20, 64L << 30);

    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxNameLength;
    private final int maxNumberLength;
    private final long maxDocumentLength;
    private final long maxStreamedDocumentLength;

    private JsonLimits(int maxNestingDepth, int maxStringLength, int maxNameLength, int maxNumberLength,
            long maxDocumentLength, long maxStreamedDocumentLength) {
        this.maxNestingDepth = positive(maxNestingDepth, "maxNestingDepth");
        this.maxStringLength = positive(maxStringLength, "maxStringLength");
        this.maxNameLength = positive(maxNameLength, "maxNameLength");
        this.maxNumberLength = positive(maxNumberLength, "maxNumberLength");
        this.maxDocumentLength = positive(maxDocumentLength, "maxDocumentLength");
        this.maxStreamedDocumentLength = positive(maxStreamedDocumentLength, "maxStreamedDocumentLength");
    }

    /**
     * The default limits: nesting depth 32 (a valid document needs 8), strings of 100 000 characters,
     * property names of 256, numbers of 64, documents read whole of 256 MiB and streamed documents of
     * 64 GiB (streaming memory does not grow with the size).
     *
     * @return the defaults, never null
     */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }

    /**
     * The deepest nesting of arrays and objects accepted.
     *
     * @return the depth, positive
     */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /**
     * The longest string value accepted, in characters.
     *
     * @return the length, positive
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * The longest property name accepted, in characters.
     *
     * @return the length, positive
     */
    public int maxNameLength() {
        return maxNameLength;
    }

    /**
     * The longest number accepted, in characters.
     *
     * @return the length, positive
     */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /**
     * The largest document read whole into memory, in characters.
     *
     * @return the length, positive
     */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    /**
     * The largest document read by streaming, in characters.
     *
     * @return the length, positive
     */
    public long maxStreamedDocumentLength() {
        return maxStreamedDocumentLength;
    }

    /**
     * A copy with another nesting depth bound.
     *
     * @param depth the deepest nesting accepted, positive
     * @return the new limits, never null
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public JsonLimits withMaxNestingDepth(int depth) {
        return new JsonLimits(depth, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength,
            maxStreamedDocumentLength);
    }

    /**
     * A copy with another string length bound.
     *
     * @param length the longest string accepted, positive
     * @return the new limits, never null
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public JsonLimits withMaxStringLength(int length) {
        return new JsonLimits(maxNestingDepth, length, maxNameLength, maxNumberLength, maxDocumentLength,
            maxStreamedDocumentLength);
    }

    /**
     * A copy with another property-name length bound.
     *
     * @param length the longest name accepted, positive
     * @return the new limits, never null
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public JsonLimits withMaxNameLength(int length) {
        return new JsonLimits(maxNestingDepth, maxStringLength, length, maxNumberLength, maxDocumentLength,
            maxStreamedDocumentLength);
    }

    /**
     * A copy with another number length bound.
     *
     * @param length the longest number accepted, positive
     * @return the new limits, never null
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public JsonLimits withMaxNumberLength(int length) {
        return new JsonLimits(maxNestingDepth, maxStringLength, maxNameLength, length, maxDocumentLength,
            maxStreamedDocumentLength);
    }

    /**
     * A copy with another bound on documents read whole.
     *
     * @param length the largest document accepted, in characters, positive
     * @return the new limits, never null
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public JsonLimits withMaxDocumentLength(long length) {
        return new JsonLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, length,
            maxStreamedDocumentLength);
    }

    /**
     * A copy with another bound on streamed documents.
     *
     * @param length the largest streamed document accepted, in characters, positive
     * @return the new limits, never null
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public JsonLimits withMaxStreamedDocumentLength(long length) {
        return new JsonLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength,
            length);
    }

    private static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    private static long positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "JsonLimits[depth=" + maxNestingDepth + ", string=" + maxStringLength + ", name=" + maxNameLength
            + ", number=" + maxNumberLength + ", document=" + maxDocumentLength + ", streamed="
            + maxStreamedDocumentLength + "]";
    }
}

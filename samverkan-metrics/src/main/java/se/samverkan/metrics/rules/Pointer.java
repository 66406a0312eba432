package se.samverkan.metrics.rules;

import java.util.Arrays;

/**
 * A JSON Pointer (RFC 6901) into a document's JSON form together with its place in document order: one
 * number per token (an array index, a property's {@link PropertyOrder rank}, or a map key's position),
 * compared lexicographically. Immutable.
 */
final class Pointer implements Comparable<Pointer> {

    private static final Pointer ROOT = new Pointer("", new int[0]);

    private final String text;
    private final int[] order;

    private Pointer(String text, int[] order) {
        this.text = text;
        this.order = order;
    }

    static Pointer root() {
        return ROOT;
    }

    static Pointer party(int index) {
        return ROOT.property("parties").index(index);
    }

    static Pointer association(int index) {
        return ROOT.property("associations").index(index);
    }

    static Pointer project(int index) {
        return ROOT.property("projects").index(index);
    }

    static Pointer group(int index) {
        return ROOT.property("structures").index(index);
    }

    static Pointer participant(int index) {
        return ROOT.property("participants").index(index);
    }

    static Pointer participation(int participant, int participation) {
        return participant(participant).property("participations").index(participation);
    }

    /**
     * A pointer read back from its text, made elsewhere in the library (a key problem's place, a problem
     * to sort): numeric tokens are array indices, others property names ranked in the format's order (map
     * keys rank as property names: among themselves, by name).
     */
    static Pointer parse(String text) {
        Pointer pointer = ROOT;
        if (text.isEmpty()) {
            return pointer;
        }
        for (String token : text.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            pointer = isIndex(name) ? pointer.index(Integer.parseInt(name)) : pointer.property(name);
        }
        return pointer;
    }

    private static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The pointer to a property of the object this pointer names. */
    Pointer property(String name) {
        return append(escape(name), PropertyOrder.rank(name));
    }

    /** The pointer to an element of the array this pointer names. */
    Pointer index(int index) {
        return append(Integer.toString(index), index);
    }

    /** The pointer to an entry of the map this pointer names, at the given position in the map's order. */
    Pointer key(String key, int position) {
        return append(escape(key), position);
    }

    private Pointer append(String token, int rank) {
        int[] longer = Arrays.copyOf(order, order.length + 1);
        longer[order.length] = rank;
        return new Pointer(text + '/' + token, longer);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    String text() {
        return text;
    }

    /** Document order: a pointer comes before every pointer below it and before its later siblings. */
    @Override
    public int compareTo(Pointer other) {
        return Arrays.compare(order, other.order);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pointer && text.equals(((Pointer) other).text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}

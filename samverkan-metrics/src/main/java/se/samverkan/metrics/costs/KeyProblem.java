package se.samverkan.metrics.costs;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A reason why a förbund key (<i>fördelningsnyckel</i>) cannot be computed: what is wrong, which party
 * it concerns, and where in the document (a JSON Pointer such as {@code /associations/0/members/3}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KeyProblem {

    private final KeyProblemType type;
    private final String party;
    private final String path;

    private KeyProblem(KeyProblemType type, String party, String path) {
        this.type = type;
        this.party = party;
        this.path = path;
    }

    static KeyProblem of(KeyProblemType type, String party, String path) {
        return new KeyProblem(Objects.requireNonNull(type, "type"), party, Objects.requireNonNull(path, "path"));
    }

    /**
     * What is wrong.
     *
     * @return the problem type, never null
     */
    public KeyProblemType type() {
        return type;
    }

    /**
     * The bean-style name of {@link #type()}.
     *
     * @return the same as {@link #type()}
     * @deprecated use {@link #type()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public KeyProblemType getType() {
        return type();
    }

    /**
     * The id of the party or member concerned, when the problem concerns one.
     *
     * @return the party id, or empty
     */
    public Optional<String> party() {
        return Optional.ofNullable(party);
    }

    /**
     * The bean-style name of {@link #party()}.
     *
     * @return the same as {@link #party()}
     * @deprecated use {@link #party()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<String> getParty() {
        return party();
    }

    /**
     * Where in the document the problem lies.
     *
     * @return a JSON Pointer into the document, never null
     */
    public String path() {
        return path;
    }

    /**
     * The bean-style name of {@link #path()}.
     *
     * @return the same as {@link #path()}
     * @deprecated use {@link #path()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public String getPath() {
        return path();
    }

    /**
     * The problem as a sentence naming the party and the place, in Swedish, or in English for an
     * English locale.
     *
     * @param locale the language wanted, not null
     * @return the message, never null
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        String text = type.label(locale);
        return party == null ? text + " (" + path + ")" : text + ": " + party + " (" + path + ")";
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof KeyProblem)) {
            return false;
        }
        KeyProblem that = (KeyProblem) other;
        return type == that.type && Objects.equals(party, that.party) && path.equals(that.path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, party, path);
    }

    @Override
    public String toString() {
        return type + (party == null ? "" : " " + party) + " at " + path;
    }
}

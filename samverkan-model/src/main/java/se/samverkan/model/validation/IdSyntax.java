package se.samverkan.model.validation;

/**
 * The form of a document-local id (<i>lokalt id</i>, docs/format.md) checked by a character loop: the
 * same strings as the regular expression of {@link Id}, {@value #PATTERN}, without a regex or any
 * allocation. {@code IdSyntaxTest} and {@code ParticipantCheckConstraintsTest} pin the equivalence and
 * the pattern.
 */
final class IdSyntax {

    /** The pattern of {@link Id}, which this class implements. */
    static final String PATTERN = "[a-z0-9][a-z0-9._-]{0,63}";

    /** The largest length of an id. */
    static final int MAX_LENGTH = 64;

    private IdSyntax() {
    }

    /**
     * Whether {@code value} satisfies {@link Id}: null (absence is checked elsewhere), or 1–64
     * characters, the first in {@code [a-z0-9]}, the others in {@code [a-z0-9._-]}.
     */
    static boolean isId(String value) {
        if (value == null) {
            return true;
        }
        int length = value.length();
        if (length == 0 || length > MAX_LENGTH || !isFirst(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = value.charAt(i);
            if (!isFirst(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} may start an id: an ASCII lower-case letter or digit. */
    private static boolean isFirst(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}

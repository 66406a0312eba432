package se.samverkan.json.internal;

import java.nio.charset.MalformedInputException;

/**
 * Bytes that are not UTF-8, with the place of the first malformed character as a parser over characters
 * would count it: the 1-based line and the 1-based column in characters (UTF-16 units, a leading
 * byte-order mark not counted). The place is known whichever way the text is read, so an encoding problem
 * is reported at the same line and column from a file, a stream or standard input.
 */
final class MalformedUtf8Exception extends MalformedInputException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final long column;

    MalformedUtf8Exception(long line, long column) {
        super(1);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line of the malformed character. */
    long line() {
        return line;
    }

    /** The 1-based column of the malformed character, in characters. */
    long column() {
        return column;
    }

    @Override
    public String getMessage() {
        return "malformed UTF-8 at line " + line + ", column " + column;
    }
}

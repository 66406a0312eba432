package se.samverkan.tables;

import java.io.IOException;

/** A file that is no table this package can read (a damaged XLSX, say); the caller says which file. */
final class UnreadableTableException extends IOException {

    private static final long serialVersionUID = 1L;

    UnreadableTableException(String message, Throwable cause) {
        super(message, cause);
    }
}

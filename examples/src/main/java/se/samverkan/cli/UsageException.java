package se.samverkan.cli;

/**
 * A command line the tool cannot act on, or input it cannot read: ends the run with exit status 2 and
 * one message. The message is already in the user's language and names the place of the problem.
 */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}

package se.samverkan.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Where a command reads and writes: standard input, standard output for results, standard error for
 * messages and progress, the user's language, and whether standard error is a terminal (progress is shown
 * only then, so that piped and logged runs stay clean).
 */
final class Terminal {

    final InputStream in;
    final PrintStream out;
    final PrintStream err;
    final Messages messages;
    final boolean interactive;

    Terminal(InputStream in, PrintStream out, PrintStream err, Messages messages, boolean interactive) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.messages = messages;
        this.interactive = interactive;
    }
}

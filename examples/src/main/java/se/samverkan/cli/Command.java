package se.samverkan.cli;

import java.io.IOException;

/**
 * One command of the tool (docs/cli.md): a picocli {@code @Command} whose option fields, at the top of the
 * class, are filled from the command line; {@link #run} then hands their typed values to the command's work.
 */
interface Command {

    /**
     * Runs the command with the options the command line gave.
     *
     * @return the exit status
     * @throws UsageException for a command line or an input that cannot be used (exit status 2)
     * @throws IOException    when reading the input or writing the output fails
     */
    int run(Terminal terminal) throws UsageException, IOException;
}

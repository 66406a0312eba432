package se.samverkan.cli;

import java.io.IOException;
import java.util.Set;

/** One command of the tool (docs/cli.md): its name, options and behaviour. */
interface Command {

    /** The name typed on the command line, such as {@code validate}. */
    String name();

    /** Options without a value. */
    Set<String> flags();

    /** Options with one value. */
    Set<String> valued();

    /**
     * Runs the command.
     *
     * @return the exit status
     * @throws UsageException for a command line or an input that cannot be used (exit status 2)
     * @throws IOException    when reading the input or writing the output fails
     */
    int run(Arguments arguments, Terminal terminal) throws UsageException, IOException;
}

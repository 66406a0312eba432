package se.samverkan.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine;

/**
 * The samverkan command-line tool (<i>kommandoradsverktyget</i>, docs/cli.md): {@code validate},
 * {@code metrics}, {@code report}, {@code followup}, {@code import}, {@code schema} and {@code value} over
 * one samverkan JSON document. The command line is read with picocli ({@code Parser}); the help is laid out
 * by {@code HelpLayout} from the resource bundles of the chosen language.
 *
 * <p>Results go to standard output, messages to standard error, in Swedish unless {@code --lang en} is
 * given. Exit status: 0 success, 1 {@code validate} found at least one ERROR, 2 the command line or the
 * input cannot be used. The tool never prints a stack trace: every failure becomes one message that
 * names the place (line, column and JSON Pointer where the input is at fault).
 *
 * <p>Run it as {@code java -jar examples/target/samverkan-cli.jar COMMAND …}; embed it (in tests, in
 * another tool) with {@link #run(String[], InputStream, PrintStream, PrintStream)}.
 */
public final class SamverkanCli {

    /** Exit status: success ({@code validate}: no ERROR). */
    public static final int OK = 0;

    /** Exit status of {@code validate}: at least one problem of severity ERROR. */
    public static final int ERRORS_FOUND = 1;

    /** Exit status: the command line, the input file or the document cannot be used. */
    public static final int BAD_INPUT = 2;

    private static final Set<String> HELP = Set.of("--help", "-h");
    private static final String LANG = "--lang";
    private static final String END_OF_OPTIONS = "--";

    /**
     * Hibernate Validator announces its version on standard error through java.util.logging; a tool's
     * standard error carries only the tool's messages. Held here so the setting is not collected.
     */
    private static final Logger HIBERNATE = Logger.getLogger("org.hibernate.validator");

    static {
        HIBERNATE.setLevel(Level.WARNING);
    }

    private SamverkanCli() {
    }

    /**
     * Runs the tool with the process's standard streams and exits with its status.
     *
     * @param args the command line, not null
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, System.in, out, err, standardErrorIsTerminal());
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the tool in this process, as {@code java -jar samverkan-cli.jar args…} would, without exiting
     * and without progress output.
     *
     * @param args the command line, not null
     * @param in   standard input (read for the file name {@code -}), not null
     * @param out  standard output (results), not null
     * @param err  standard error (messages), not null
     * @return the exit status: {@link #OK}, {@link #ERRORS_FOUND} or {@link #BAD_INPUT}
     * @throws NullPointerException if an argument is null
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, false);
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean interactive) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Messages messages = Messages.swedish();
        try {
            messages = language(args);
            Terminal terminal = new Terminal(in, out, err, messages, interactive);
            return dispatch(args, terminal);
        } catch (UsageException e) {
            err.println(messages.text("prefix") + e.getMessage());
            return BAD_INPUT;
        } catch (IOException | UncheckedIOException e) {
            err.println(messages.text("prefix") + messages.text("error.io"));
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err.println(messages.text("prefix") + messages.text("error.memory"));
            return BAD_INPUT;
        } catch (StackOverflowError e) {
            err.println(messages.text("prefix") + messages.text("error.nesting"));
            return BAD_INPUT;
        } catch (RuntimeException e) {
            // A defect of the tool or the library: the user gets one sentence, never a stack trace.
            err.println(messages.text("prefix") + messages.text("error.internal"));
            return BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Whether standard error is a terminal, so that progress may be shown: on Linux read from
     * {@code /proc/self/fd/2} (a terminal even when standard output is redirected to a file, the usual
     * case for {@code metrics}); elsewhere, whether the JVM has a console.
     */
    private static boolean standardErrorIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /**
     * The language of {@code --lang} anywhere before {@code --} on the command line, so that even usage
     * errors and the help use it.
     */
    private static Messages language(String[] args) throws UsageException {
        for (int i = 0; i < args.length && !args[i].equals(END_OF_OPTIONS); i++) {
            if (args[i].equals(LANG) && i + 1 < args.length) {
                return Messages.of(args[i + 1]);
            }
            if (args[i].startsWith(LANG + "=")) {
                return Messages.of(args[i].substring(LANG.length() + 1));
            }
        }
        return Messages.swedish();
    }

    private static int dispatch(String[] args, Terminal terminal) throws UsageException, IOException {
        Messages messages = terminal.messages;
        int first = 0;
        while (first < args.length && (args[first].equals(LANG) || args[first].startsWith(LANG + "="))) {
            // --lang before the command: the command follows it.
            first += args[first].equals(LANG) ? 2 : 1;
        }
        if (first >= args.length) {
            terminal.err.print(HelpLayout.of(Parser.tool(messages)));
            return BAD_INPUT;
        }
        String name = args[first];
        if (HELP.contains(name) || name.equals("help")) {
            Optional<Command> topic = first + 1 < args.length ? Commands.named(args[first + 1]) : Optional.empty();
            terminal.out.print(HelpLayout.of(topic.isPresent() ? Parser.of(topic.get(), messages)
                : Parser.tool(messages)));
            return OK;
        }
        Command command = Commands.named(name)
            .orElseThrow(() -> new UsageException(messages.text("error.command.unknown", name,
                String.join(", ", Commands.NAMES))));
        CommandLine line = Parser.of(command, messages);
        for (int i = first + 1; i < args.length && !args[i].equals(END_OF_OPTIONS); i++) {
            if (HELP.contains(args[i])) {
                terminal.out.print(HelpLayout.of(line));
                return OK;
            }
        }
        Parser.parse(line, args, messages);
        return command.run(terminal);
    }
}

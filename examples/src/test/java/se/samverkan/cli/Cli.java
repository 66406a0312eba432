package se.samverkan.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the tool in this process, as a user would run the jar, and keeps what it printed. */
final class Cli {

    /** The sample documents of examples/data (tests run with the module directory as working directory). */
    static final Path DATA = Path.of("data");
    static final String GEMENSAMMA_TAGET = DATA.resolve("gemensamma-taget-vuxna.json").toString();
    static final String KAVLINGE_LOMMA = DATA.resolve("kavlinge-lomma-process.json").toString();
    static final String MYSAM_GAVLE = DATA.resolve("mysam-gavle-forstudie.json").toString();
    static final String GRANSGANGARE = DATA.resolve("gransgangare-esf.json").toString();

    final int status;
    final String out;
    final String err;

    private Cli(int status, String out, String err) {
        this.status = status;
        this.out = out;
        this.err = err;
    }

    static Cli run(String... args) {
        return runWithInput("", args);
    }

    static Cli runWithInput(String stdin, String... args) {
        return runWithBytes(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Runs the tool with exactly these bytes on standard input (which need not be UTF-8). */
    static Cli runWithBytes(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SamverkanCli.run(args, new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        Cli cli = new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        cli.holdMetricsToTheirSchema(args);
        return cli;
    }

    /** Every metrics output a test produces must be valid against the published metrics schema. */
    private void holdMetricsToTheirSchema(String... args) {
        if (args.length > 0 && args[0].equals("metrics") && status == 0 && out.strip().startsWith("{")) {
            List<String> errors = Schemas.metricsErrors(out);
            if (!errors.isEmpty()) {
                throw new AssertionError("metrics " + String.join(" ", args) + ": the output does not match "
                    + "the metrics schema (schema metrics): " + errors);
            }
        }
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- out\n" + out + "\n--- err\n" + err;
    }
}

package se.samverkan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The tool itself, parent of every command: the options every command accepts, before or after its name.
 * Its name is the prefix of the help texts' keys in the resource bundles ({@code samverkan.validate.…}).
 */
@Command(name = "samverkan")
final class ToolCommand {

    @Option(names = "--lang", scope = ScopeType.INHERIT, descriptionKey = "lang")
    Language language;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, descriptionKey = "help")
    boolean help;
}

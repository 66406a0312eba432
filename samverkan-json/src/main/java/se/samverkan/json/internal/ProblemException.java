package se.samverkan.json.internal;

import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A problem found by one of the model's value deserializers, thrown so that Jackson passes it through
 * unchanged; {@link ProblemTranslator} turns it into a {@code JsonProblem} with the parser's position.
 */
final class ProblemException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final String[] swedishArguments;
    private final String[] englishArguments;
    private final List<String> missing;

    private ProblemException(JsonParser parser, ProblemType type, String[] swedishArguments,
            String[] englishArguments, List<String> missing) {
        super(parser, type.key());
        this.type = type;
        this.swedishArguments = swedishArguments.clone();
        this.englishArguments = englishArguments.clone();
        this.missing = List.copyOf(missing);
    }

    private ProblemException(JsonParser parser, ProblemType type, String[] swedishArguments,
            String[] englishArguments) {
        this(parser, type, swedishArguments, englishArguments, List.of());
    }

    static ProblemException of(JsonParser parser, ProblemType type) {
        return new ProblemException(parser, type, new String[0], new String[0]);
    }

    static ProblemException wrongType(JsonParser parser, JsonKind expected) {
        JsonKind found = JsonKind.of(parser.currentToken());
        return new ProblemException(parser, ProblemType.WRONG_TYPE,
            new String[] {expected.swedish(), found.swedish()},
            new String[] {expected.english(), found.english()});
    }

    /**
     * An unknown property, the parser on its value.
     *
     * @param allowed the allowed property names, sorted and joined by {@code ", "}
     */
    static ProblemException unknownProperty(JsonParser parser, String name, String allowed) {
        String quoted = ProblemTranslator.quote(name);
        return new ProblemException(parser, ProblemType.UNKNOWN_PROPERTY,
            new String[] {quoted, allowed}, new String[] {quoted, allowed});
    }

    /**
     * Required properties missing from the object just ended.
     *
     * @param names the missing names in declaration order, at least one
     */
    static ProblemException missing(JsonParser parser, List<String> names) {
        String joined = String.join(", ", names);
        ProblemType type = names.size() == 1 ? ProblemType.REQUIRED_MISSING : ProblemType.REQUIRED_MISSING_SEVERAL;
        return new ProblemException(parser, type, new String[] {joined}, new String[] {joined}, names);
    }

    ProblemType type() {
        return type;
    }

    /** The names of the missing required properties, for {@link #missing}; empty for other problems. */
    List<String> missingNames() {
        return missing;
    }

    String swedish() {
        return type.swedish(swedishArguments);
    }

    String english() {
        return type.english(englishArguments);
    }
}

package se.samverkan.json.internal;

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

    private ProblemException(JsonParser parser, ProblemType type, String[] swedishArguments,
            String[] englishArguments) {
        super(parser, type.key());
        this.type = type;
        this.swedishArguments = swedishArguments.clone();
        this.englishArguments = englishArguments.clone();
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

    ProblemType type() {
        return type;
    }

    String swedish() {
        return type.swedish(swedishArguments);
    }

    String english() {
        return type.english(englishArguments);
    }
}

package se.samverkan.json.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import se.samverkan.json.JsonLimits;
import se.samverkan.json.JsonProblem;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.model.valuation.ValuationParameters;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the parameters of a valuation with the documents' strict mapper: the same coercion rules,
 * limits and problems (JSON Pointer, line, column, bilingual message), the root an object and nothing
 * after it. Immutable and thread-safe.
 */
public final class ParametersEngine {

    private final JsonLimits limits;
    private final JsonMapper mapper;
    private final ObjectReader reader;
    private final ProblemTranslator translator;

    /**
     * An engine with the given bounds.
     *
     * @param limits the bounds on input, not null
     */
    public ParametersEngine(JsonLimits limits) {
        this.limits = limits;
        this.mapper = HardenedMapper.create(limits, limits.maxDocumentLength());
        this.reader = mapper.readerFor(ValuationParameters.class);
        this.translator = new ProblemTranslator(limits, limits.maxDocumentLength());
    }

    /**
     * Reads parameters from text (a leading byte-order mark is ignored).
     *
     * @param json the text, not null
     * @return the parameters, not yet validated, never null
     * @throws SamverkanJsonException if the text is not readable parameters
     */
    public ValuationParameters read(String json) {
        if (json.length() > limits.maxDocumentLength()) {
            String bound = Long.toString(limits.maxDocumentLength());
            throw new SamverkanJsonException(List.of(JsonProblem.of("", 1, 1, ProblemType.DOCUMENT_TOO_LONG.key(),
                ProblemType.DOCUMENT_TOO_LONG.swedish(bound), ProblemType.DOCUMENT_TOO_LONG.english(bound))));
        }
        try (JsonParser parser = parser(json)) {
            JsonToken first = guard(parser, parser::nextToken);
            if (first == null) {
                throw fail(parser, ProblemType.EMPTY, new String[0], new String[0]);
            }
            if (first != JsonToken.START_OBJECT) {
                JsonKind kind = JsonKind.of(first);
                throw fail(parser, ProblemType.ROOT_NOT_OBJECT, new String[] {kind.swedish()},
                    new String[] {kind.english()});
            }
            ProblemLog log = new ProblemLog(translator, parser, CharacterColumns.AS_REPORTED);
            // Bound as a document's values are: a bad value is recorded and skipped and reading goes on, so that every
            // such problem of the file is reported at once.
            ValuationParameters parameters = log.bind(() -> reader.withAttribute(ProblemLog.KEY, log)
                .<ValuationParameters>readValue(parser));
            JsonToken after;
            try {
                after = parser.nextToken();
            } catch (JacksonException e) {
                after = JsonToken.NOT_AVAILABLE;
            }
            if (after != null) {
                throw log.endedBy(ProblemTranslator.at(parser, CharacterColumns.AS_REPORTED,
                    ProblemType.TRAILING_CONTENT, new String[0], new String[0]));
            }
            if (!log.isEmpty()) {
                throw log.failure();
            }
            return parameters;
        }
    }

    /**
     * The line and column of each JSON Pointer in a text already read successfully; a pointer that names
     * no value present in the text (a default) is placed at its nearest enclosing value.
     *
     * @param json the text, not null
     * @param pointers the pointers, not null
     * @return for each pointer its 1-based line and column, never null
     */
    public Map<String, int[]> locate(String json, Collection<String> pointers) {
        try (JsonParser parser = parser(json)) {
            return LocationIndex.locate(parser, pointers);
        }
    }

    private JsonParser parser(String json) {
        try {
            return mapper.createParser(TextSource.withoutByteOrderMark(new StringReader(json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T guard(JsonParser parser, Step<T> step) {
        try {
            return step.run();
        } catch (JacksonException e) {
            throw new SamverkanJsonException(List.of(translator.translate(e, parser, CharacterColumns.AS_REPORTED)));
        }
    }

    private static SamverkanJsonException fail(JsonParser parser, ProblemType type, String[] swedish,
            String[] english) {
        return new SamverkanJsonException(List.of(ProblemTranslator.at(parser, CharacterColumns.AS_REPORTED, type,
            swedish, english)));
    }

    @FunctionalInterface
    private interface Step<T> {
        T run();
    }
}

package se.samverkan.spring.sample;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.samverkan.json.JsonProblem;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.model.problem.Problem;

/**
 * The RFC 9457 problem details (<i>problembeskrivningar</i>) of this service, in the request's language:
 *
 * <ul>
 * <li>422 for a readable document with errors, every problem (errors and warnings) in {@code problems};</li>
 * <li>400 for a body that is not a readable document, its reading problems in {@code problems};</li>
 * <li>400 for a bad query parameter, named in {@code parameter}.</li>
 * </ul>
 *
 * <p>Spring's own refusals (a wrong {@code Content-Type}, a wrong method) are problem details too
 * ({@code spring.mvc.problemdetails.enabled}); no answer ever holds a stack trace.
 */
@RestControllerAdvice
class ProblemAdvice {

    private static final String DOCS = "https://github.com/samverkan/samverkan/blob/main/";
    /** The type of a document with errors: the catalogue of problems. */
    static final URI DOCUMENT_HAS_ERRORS = URI.create(DOCS + "docs/problems.md");
    /** The type of a body that is not a readable document: the catalogue's reading problems. */
    static final URI UNREADABLE_DOCUMENT = URI.create(DOCS + "docs/problems.md#reading-problems");
    /** The type of a bad query parameter: the parameters in this module's README. */
    static final URI BAD_PARAMETER = URI.create(DOCS + "samverkan-spring-sample/README.md#parameters");

    private final MessageSource messages;

    ProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail documentHasErrors(DocumentHasErrorsException exception, Locale language) {
        List<Problem> problems = exception.problems();
        long errors = problems.stream().filter(Problem::isError).count();
        ProblemDetail detail = detail(HttpStatus.UNPROCESSABLE_CONTENT, DOCUMENT_HAS_ERRORS, "problem.errors.title",
            text("problem.errors.detail", language, errors, problems.size() - errors), language);
        detail.setProperty("problems", ProblemView.all(problems, language));
        return detail;
    }

    @ExceptionHandler
    ProblemDetail unreadable(SamverkanJsonException exception, Locale language) {
        List<Problem> problems = exception.problems().stream().map(JsonProblem::toProblem).toList();
        ProblemDetail detail = detail(HttpStatus.BAD_REQUEST, UNREADABLE_DOCUMENT, "problem.unreadable.title",
            text("problem.unreadable.detail", language, problems.size()), language);
        detail.setProperty("problems", ProblemView.all(problems, language));
        return detail;
    }

    @ExceptionHandler
    ProblemDetail badParameter(BadParameterException exception, Locale language) {
        ProblemDetail detail = detail(HttpStatus.BAD_REQUEST, BAD_PARAMETER, "problem.parameter.title",
            text(exception.messageKey(), language, exception.arguments()), language);
        detail.setProperty("parameter", exception.parameter());
        return detail;
    }

    private ProblemDetail detail(HttpStatus status, URI type, String titleKey, String text, Locale language) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, text);
        detail.setType(type);
        detail.setTitle(text(titleKey, language));
        return detail;
    }

    private String text(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}

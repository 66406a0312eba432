package se.samverkan.spring.sample;

import java.util.List;

/**
 * The answer of {@code POST /documents/check} for a document without errors: its warnings, or an empty list
 * when it has no problem at all. A document with errors is answered with problem details instead
 * ({@link ProblemAdvice}).
 *
 * @param problems the warnings, in document order
 */
record CheckResult(List<ProblemView> problems) {
}

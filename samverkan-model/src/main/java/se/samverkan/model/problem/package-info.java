/**
 * Problems (<i>problem</i>): what is wrong with a document, whichever layer found it — the JSON reader,
 * a field rule of the model, or a reporting rule across objects — as one type with a stable id, a
 * {@link se.samverkan.model.problem.Severity severity}, a JSON Pointer, a position in the text where the
 * text is at hand, and a message in Swedish and English.
 */
@NullMarked
package se.samverkan.model.problem;

import org.jspecify.annotations.NullMarked;

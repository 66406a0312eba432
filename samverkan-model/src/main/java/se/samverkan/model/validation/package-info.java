/**
 * Validation of the model (<i>validering</i>, docs/problems.md): the custom Jakarta Bean Validation
 * constraints and {@link se.samverkan.model.validation.SamverkanValidator}, the one entry point that
 * reports every violation of a document with a JSON Pointer, a stable message key and a message in
 * Swedish or English.
 */
@NullMarked
package se.samverkan.model.validation;

import org.jspecify.annotations.NullMarked;

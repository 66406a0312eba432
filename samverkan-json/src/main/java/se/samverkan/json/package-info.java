/**
 * The samverkan JSON document format (docs/format.md): {@link se.samverkan.json.SamverkanJson} reads and
 * writes documents, streams participants ({@link se.samverkan.json.ParticipantReader}), validates with
 * located violations and publishes the JSON Schema. Unreadable input is reported as
 * {@link se.samverkan.json.SamverkanJsonException} carrying {@link se.samverkan.json.JsonProblem}s with
 * JSON Pointer, line, column and Swedish and English messages.
 */
@NullMarked
package se.samverkan.json;

import org.jspecify.annotations.NullMarked;

package se.samverkan.spring.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import se.samverkan.json.SamverkanJson;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.model.SamverkanDocument;

/**
 * A document read from a request body, with the text it was read from, so that the problems found in it
 * can be located by line and column.
 *
 * @param document the document
 * @param text the text of the body
 */
record DocumentText(SamverkanDocument document, String text) {

    /**
     * Reads a request body as a document: strict UTF-8 and the format's rules, as {@link SamverkanJson}
     * reads a file.
     *
     * @param json the reader
     * @param body the body, null or empty when the request had none (which the reader refuses with a
     *     reading problem, like any other text that is not a document)
     * @return the document and its text
     * @throws SamverkanJsonException with the reading problems when the body is not a readable document
     */
    static DocumentText read(SamverkanJson json, byte @Nullable [] body) {
        byte[] bytes = body == null ? new byte[0] : body;
        try {
            SamverkanDocument document = json.read(new ByteArrayInputStream(bytes));
            // The reader accepted the bytes as UTF-8, so this decoding is exact.
            return new DocumentText(document, new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }
}

package se.samverkan.examples.guide;

import java.io.IOException;
import java.nio.file.Path;

import se.samverkan.json.SamverkanJson;
import se.samverkan.model.SamverkanDocument;

/**
 * Guide example: writing a document as samverkan JSON (<i>samverkansdokument</i>): the same document always
 * gives the same text, which the reader reads back to an equal document.
 */
public final class WriteJson {

    private WriteJson() {
    }

    /**
     * Writes the document of {@link ModelInCode} to the file named by the first argument.
     *
     * @param args the path to write
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        // tag::file[]
        SamverkanJson.create().write(ModelInCode.document(), Path.of(args[0]));
        // end::file[]
    }

    /**
     * A document as JSON text.
     *
     * @param document the document, not null
     * @return the text, never null
     */
    // tag::write[]
    public static String toJson(SamverkanDocument document) {
        return SamverkanJson.create().write(document);
    }
    // end::write[]
}

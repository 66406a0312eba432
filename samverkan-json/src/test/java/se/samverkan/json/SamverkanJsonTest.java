package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.testing.SeedDocuments;
import tools.jackson.databind.json.JsonMapper;

/** Every source and sink of the facade gives the same document and the same text. */
class SamverkanJsonTest {

    private static final SamverkanJson JSON = SamverkanJson.create();
    private static final SamverkanDocument DOCUMENT = SeedDocuments.gemensammaTagetVuxna(20, 2);
    private static final String TEXT = JSON.write(DOCUMENT);

    @TempDir
    Path dir;

    @Test
    void a_string_a_reader_a_stream_and_a_file_read_the_same_document() throws Exception {
        Path file = Files.writeString(dir.resolve("doc.json"), TEXT);
        assertThat(JSON.read(TEXT)).isEqualTo(DOCUMENT);
        assertThat(JSON.read(new StringReader(TEXT))).isEqualTo(DOCUMENT);
        assertThat(JSON.read(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)))).isEqualTo(DOCUMENT);
        assertThat(JSON.read(file)).isEqualTo(DOCUMENT);
    }

    @Test
    void a_writer_a_stream_and_a_file_receive_the_same_utf8_text() throws Exception {
        StringWriter writer = new StringWriter();
        JSON.write(DOCUMENT, writer);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JSON.write(DOCUMENT, bytes);
        Path file = dir.resolve("out.json");
        JSON.write(DOCUMENT, file);
        assertThat(writer.toString()).isEqualTo(TEXT);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(TEXT);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(TEXT);
        assertThat(TEXT).startsWith("{\n  \"schemaVersion\" : \"1\",").endsWith("}\n").contains("Försäkringskassan");
    }

    @Test
    void a_leading_byte_order_mark_is_ignored() throws Exception {
        assertThat(JSON.read("\uFEFF" + TEXT)).isEqualTo(DOCUMENT);
        byte[] withMark = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(JSON.read(new ByteArrayInputStream(withMark))).isEqualTo(DOCUMENT);
    }

    @Test
    void the_module_maps_the_model_on_an_application_mapper() {
        JsonMapper mapper = JsonMapper.builder().addModule(new SamverkanModule()).build();
        assertThat(mapper.readValue(TEXT, SamverkanDocument.class)).isEqualTo(DOCUMENT);
        assertThat(JSON.read(mapper.writeValueAsString(DOCUMENT))).isEqualTo(DOCUMENT);
    }

    @Test
    void the_schema_is_published_with_the_library() {
        assertThat(SamverkanJson.schema()).startsWith("{\n  \"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"");
    }

    @Test
    void the_default_limits_are_those_documented() {
        JsonLimits limits = JSON.limits();
        assertThat(limits.maxNestingDepth()).isEqualTo(32);
        assertThat(limits.maxStringLength()).isEqualTo(100_000);
        assertThat(limits.maxNameLength()).isEqualTo(256);
        assertThat(limits.maxNumberLength()).isEqualTo(64);
        assertThat(limits.maxDocumentLength()).isEqualTo(256L << 20);
        assertThat(limits.maxStreamedDocumentLength()).isEqualTo(64L << 30);
    }
}

package se.samverkan.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteJsonTest {

    @Test
    void main_writes_the_text_of_to_json(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("norr.json");

        WriteJson.main(new String[] {file.toString()});

        String text = Files.readString(file);
        assertThat(text).isEqualTo(WriteJson.toJson(ModelInCode.document()));
        assertThat(text).contains("\"id\" : \"sf-norr\"").contains("\"total\" : \"4000000.00\"");
    }
}

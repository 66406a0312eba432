package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} shows a missing property with the object it is missing from and what it holds, and a day
 * that does not exist as such, in the user's language.
 */
class ReadingMessagesCliTest {

    @TempDir
    Path dir;

    private String document() throws IOException {
        return Files.writeString(dir.resolve("doc.json"),
            "{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\", \"participations\": [\n"
                + "  { \"project\": \"gt\" },\n"
                + "  { \"project\": \"gt\", \"start\": \"2025-02-30\" } ] } ] }\n").toString();
    }

    @Test
    void validate_names_the_missing_property_and_the_day_that_does_not_exist() throws IOException {
        Cli cli = Cli.run("validate", document());

        assertThat(cli.status).as(cli.toString()).isEqualTo(SamverkanCli.BAD_INPUT);
        // Line 2 `  { "project": "gt" },`: the closing brace is column 21. Line 3 `  { "project": "gt", "start": `
        // is 4 + 17 + 9 = 30 characters, so the date's opening quote is column 31.
        assertThat(cli.err.lines()).containsExactly(
            "samverkan: rad 2, kolumn 21, /participants/0/participations/0: "
                + "Obligatorisk egenskap saknas i deltagande (Participation): start (startdatum).",
            "samverkan: rad 3, kolumn 31, /participants/0/participations/1/start: "
                + "Dagen finns inte i den månaden (som 30 februari eller 31 april); skriv ett datum som finns, "
                + "ÅÅÅÅ-MM-DD, till exempel \"2008-03-31\".",
            "samverkan: 2 problem i dokumentet");
        assertThat(cli.out).isEmpty();
    }

    @Test
    void in_english_too() throws IOException {
        Cli cli = Cli.run("validate", document(), "--lang", "en");

        assertThat(cli.status).as(cli.toString()).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(cli.err.lines()).first().asString().endsWith(
            "/participants/0/participations/0: Required property missing in Participation (deltagande): "
                + "start (the first day).");
        assertThat(cli.err.lines()).element(1).asString().endsWith(
            "/participants/0/participations/1/start: The day does not exist in that month (like 30 February or "
                + "31 April); write a date that exists, YYYY-MM-DD, for example \"2008-03-31\".");
    }
}

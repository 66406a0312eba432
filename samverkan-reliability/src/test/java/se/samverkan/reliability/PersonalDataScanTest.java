package se.samverkan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No personal data is committed (HELPER-BRIEF, docs/domain.md): every tracked text file of the repository
 * is scanned for e-mail addresses, Swedish phone numbers and personal identity numbers
 * (<i>personnummer</i>, {@code YYMMDD-NNNN} or {@code YYYYMMDDNNNN}, date and Luhn check digit valid),
 * and the test fails listing each {@code file:line}. People are named by role ("processledare").
 *
 * <p>The files are those of {@code git ls-files}; without git the tree is walked, skipping
 * {@code target/}, {@code .git} and generated corpora. The detectors themselves are tested on values
 * assembled at run time, so that this file holds none.
 */
class PersonalDataScanTest {

    @Test
    void no_tracked_text_file_holds_personal_data() throws IOException {
        Path root = RepositoryFiles.root();
        List<String> hits = new ArrayList<>();
        for (Path file : RepositoryFiles.tracked(root)) {
            Optional<List<String>> lines = RepositoryFiles.textLines(root.resolve(file));
            if (lines.isEmpty()) {
                continue;
            }
            for (int i = 0; i < lines.get().size(); i++) {
                for (String finding : PersonalData.findIn(lines.get().get(i))) {
                    hits.add(file.toString().replace('\\', '/') + ":" + (i + 1) + ": " + finding);
                }
            }
        }
        assertThat(hits).as("personal data in tracked files").isEmpty();
    }

    @Test
    void the_scan_sees_the_files_of_every_module() throws IOException {
        Path root = RepositoryFiles.root();
        List<String> files = RepositoryFiles.tracked(root).stream().map(p -> p.toString().replace('\\', '/')).toList();
        assertThat(files).contains("pom.xml", "README.md", "RELIABILITY.md")
            .anyMatch(f -> f.startsWith("samverkan-model/src/main/java/"))
            .anyMatch(f -> f.startsWith("samverkan-json/src/main/java/"))
            .anyMatch(f -> f.startsWith("samverkan-metrics/src/main/java/"))
            .anyMatch(f -> f.startsWith("examples/data/"))
            .noneMatch(f -> f.contains("/target/") || f.startsWith(".git/"));
    }

    @Test
    void e_mail_addresses_are_found() {
        String address = "processledare" + "@" + "forbundet.example.se";
        assertThat(PersonalData.findIn("Kontakt: " + address + ".")).containsExactly("e-mail " + address);
        assertThat(PersonalData.findIn("mailto:" + "a.b-c" + "@" + "d.se")).hasSize(1);
        assertThat(PersonalData.findIn("se.samverkan.json, @Value.Immutable, user@host")).isEmpty();
    }

    @Test
    void swedish_phone_numbers_are_found_in_their_usual_forms() {
        for (String phone : List.of("070" + "-123 45 67", "08" + "-123 456 78", "+46" + " 70 123 45 67",
                "0771" + "-524 524", "(0" + "90) 16 10 00", "0046" + " 8 123 456 78")) {
            assertThat(PersonalData.findIn("Tel " + phone)).as(phone).hasSize(1);
        }
    }

    @Test
    void amounts_dates_codes_and_organisation_numbers_are_not_phone_numbers_or_personnummer() {
        assertThat(PersonalData.findIn("\"total\": \"199954.50\", \"start\": \"2008-03-01\"")).isEmpty();
        assertThat(PersonalData.findIn("\"municipalityCode\": \"0180\", \"population\": 257581")).isEmpty();
        assertThat(PersonalData.findIn("\"organisationNumber\": \"" + "202100" + "-" + "5489" + "\"")).isEmpty();
        assertThat(PersonalData.findIn("lag 2003:1210, period 2008-03-01 -- 2010-02-28, 1 000 000 kr")).isEmpty();
        assertThat(PersonalData.findIn("serialVersionUID = 20261122000000L; 0.083 333")).isEmpty();
    }

    @Test
    void personnummer_with_a_valid_date_and_check_digit_are_found() {
        String tenDigits = withCheckDigit("811218" + "987");
        assertThat(tenDigits).isEqualTo("811218" + "9876");
        assertThat(PersonalData.findIn("pnr " + "811218" + "-" + "9876")).containsExactly("personnummer " + "811218" + "-" + "9876");
        assertThat(PersonalData.findIn("pnr " + "19" + "811218" + "9876")).hasSize(1);
        assertThat(PersonalData.findIn("pnr " + "811218" + "+" + "9876")).hasSize(1);
        // samordningsnummer: day + 60
        assertThat(PersonalData.findIn("snr " + withCheckDigit("701063" + "238").substring(0, 6) + "-"
            + withCheckDigit("701063" + "238").substring(6))).hasSize(1);
    }

    @Test
    void ten_digit_numbers_with_a_wrong_check_digit_or_date_are_not_personnummer() {
        assertThat(PersonalData.findIn("811218" + "-" + "9877")).isEmpty();
        assertThat(PersonalData.findIn("811318" + "-" + withCheckDigit("811318" + "987").substring(6))).isEmpty();
        assertThat(PersonalData.findIn("19" + "811218" + "9877")).isEmpty();
    }

    private static String withCheckDigit(String nineDigits) {
        for (int check = 0; check <= 9; check++) {
            if (PersonalData.luhnValid(nineDigits + check)) {
                return nineDigits + check;
            }
        }
        throw new AssertionError("no check digit for " + nineDigits);
    }

    /** The repository's tracked files, found from the module directory the tests run in. */
    static final class RepositoryFiles {

        private RepositoryFiles() {
        }

        static Path root() {
            Path dir = Path.of("").toAbsolutePath();
            for (Path p = dir; p != null; p = p.getParent()) {
                if (Files.exists(p.resolve(".git")) || Files.exists(p.resolve("mvnw")) && Files.exists(p.resolve("samverkan-model"))) {
                    return p;
                }
            }
            throw new IllegalStateException("no repository root above " + dir);
        }

        static List<Path> tracked(Path root) throws IOException {
            Optional<List<Path>> fromGit = gitLsFiles(root);
            if (fromGit.isPresent()) {
                return fromGit.get();
            }
            try (Stream<Path> walk = Files.walk(root)) {
                return walk.filter(Files::isRegularFile).map(root::relativize)
                    .filter(p -> Stream.iterate(p, q -> q != null, Path::getParent).map(q -> q.getFileName().toString())
                        .noneMatch(n -> n.equals("target") || n.equals(".git") || n.equals(".cifuzz-corpus")
                            || n.equals(".jqwik-database")))
                    .sorted().toList();
            }
        }

        private static Optional<List<Path>> gitLsFiles(Path root) {
            if (!Files.exists(root.resolve(".git"))) {
                return Optional.empty();
            }
            try {
                Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                byte[] out = git.getInputStream().readAllBytes();
                if (git.waitFor() != 0) {
                    return Optional.empty();
                }
                List<Path> files = new ArrayList<>();
                for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
                    if (!name.isEmpty() && Files.isRegularFile(root.resolve(name))) {
                        files.add(Path.of(name));
                    }
                }
                // Files of this session not yet committed are scanned too, when git knows them as untracked.
                return Optional.of(files);
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        /** The lines of a UTF-8 text file; empty for a binary file (a NUL byte or invalid UTF-8). */
        static Optional<List<String>> textLines(Path file) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                for (byte b : bytes) {
                    if (b == 0) {
                        return Optional.empty();
                    }
                }
                var decoder = StandardCharsets.UTF_8.newDecoder();
                String text = decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                return Optional.of(text.lines().toList());
            } catch (java.nio.charset.CharacterCodingException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

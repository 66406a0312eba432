package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code metrics} reports on a large document exactly the reporting-rule findings {@code validate} reports,
 * the rules that compare participants far apart in the document included (the command once checked them
 * in batches of 1 000 participants and missed these).
 */
class MetricsFindingsAcrossBatchesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PARTICIPANTS = 2_500;
    private static final LocalDate FIRST_START = LocalDate.of(2008, 6, 1);

    /**
     * Gemensamma taget's parties, förbund and project with 2 500 participants of its own, each aged 30,
     * ended after 30 days in work, with two authority contacts: they break no rule by themselves. Then:
     * participant 1500 reuses participant 0's id (same start: one person enrolled twice at once);
     * participant 2200 reuses participant 100's id and was enrolled earlier (March 2008), so 100's is the
     * later enrolment by start although it comes first in the document; nine participants from five
     * batches join cohort grupp-03, planned for at most 8.
     */
    private static Path document() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Path.of(Cli.GEMENSAMMA_TAGET).toFile());
        ArrayNode participants = root.putArray("participants");
        List<Integer> cohort = List.of(5, 505, 1005, 1505, 2005, 2105, 2205, 2305, 2405);
        for (int k = 0; k < PARTICIPANTS; k++) {
            String id = String.format("s%05d", k == 1500 ? 0 : k == 2200 ? 100 : k);
            LocalDate start = k == 2200 ? LocalDate.of(2008, 3, 15) : FIRST_START.plusDays(k % 300);
            ObjectNode participant = participants.addObject();
            participant.put("id", id).put("anonymous", false).put("gender", "WOMAN")
                .put("birthYear", start.getYear() - 30);
            ObjectNode participation = participant.putArray("participations").addObject();
            participation.put("project", "gt-vuxna").put("start", start.toString());
            if (cohort.contains(k)) {
                participation.put("cohort", "grupp-03");
            }
            participation.put("end", start.plusDays(30).toString()).put("exitOutcome", "EMPLOYMENT");
            participation.putArray("authorityContacts").add("PUBLIC_EMPLOYMENT_SERVICE").add("MUNICIPALITY");
        }
        Path document = Path.of("target", "across-batches-" + PARTICIPANTS + ".json");
        Files.createDirectories(document.getParent());
        Files.writeString(document, JSON.writeValueAsString(root));
        return document;
    }

    private static List<String> findings(JsonNode list) {
        List<String> findings = new ArrayList<>();
        for (JsonNode finding : list) {
            findings.add(finding.get("rule").stringValue() + " " + finding.get("severity").stringValue() + " "
                + finding.get("path").stringValue());
        }
        return findings;
    }

    @Test
    void metrics_finds_what_validate_finds_across_the_whole_document() throws Exception {
        Path document = document();

        Cli metrics = Cli.run("metrics", document.toString());
        Cli validate = Cli.run("validate", document.toString(), "--json");

        assertThat(metrics.status).as(metrics.toString()).isZero();
        List<String> streamed = findings(JSON.readTree(metrics.out).get("findings"));
        // validate lists errors before warnings; metrics lists the findings in document order.
        assertThat(streamed).containsExactlyInAnyOrderElementsOf(findings(JSON.readTree(validate.out)));
        assertThat(streamed).contains(
            // 0 and 1500 share an id and a start: the later in the document overlaps the earlier.
            "DUPLICATE_ID ERROR /participants/1500/id",
            "OVERLAPPING_PARTICIPATIONS ERROR /participants/1500/participations/0",
            // 2200 (March 2008) came first; 100 (1 June + 100 days) re-enrolled without a reason.
            "DUPLICATE_ID ERROR /participants/2200/id",
            "REENROLMENT_WITHOUT_REASON WARNING /participants/100/participations/0/reenrolmentReason",
            // Nine participations name grupp-03 (the project's third cohort), planned for 6–8.
            "COHORT_OVER_CAPACITY WARNING /projects/0/cohorts/2/plannedSize");
        assertThat(streamed).filteredOn(f -> f.contains("/participants/"))
            .as("nothing else about the participants").hasSize(4);
        Files.delete(document);
    }
}

package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A document that repeats a project id is readable (the rules report DUPLICATE_ID); the published outputs
 * must still answer, and describe each result by its own project. Found by CliProperties (seed
 * -4958411362662034736): the published view looked the second project's goals up in the first.
 */
class DuplicateProjectIdTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String twoProjectsWithOneId() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(Path.of(Cli.GEMENSAMMA_TAGET)));
        ArrayNode projects = (ArrayNode) document.get("projects");
        ObjectNode second = (ObjectNode) projects.get(0).deepCopy();
        second.put("name", "Andra insatsen");
        ArrayNode goals = (ArrayNode) second.get("goals");
        ObjectNode onlyGoal = (ObjectNode) goals.get(goals.size() - 1).deepCopy();
        onlyGoal.put("id", "eget-mal");
        second.set("goals", JSON.createArrayNode().add(onlyGoal));
        projects.add(second);
        return JSON.writeValueAsString(document);
    }

    @Test
    void metrics_disclosed_and_report_answer_and_name_each_project_by_its_own() throws Exception {
        String document = twoProjectsWithOneId();

        Cli disclosed = Cli.runWithInput(document, "metrics", "-", "--disclosed");
        assertThat(disclosed.status).as(disclosed.toString()).isZero();
        JsonNode output = JSON.readTree(disclosed.out);
        assertThat(output.get("projects")).hasSize(2);
        assertThat(output.get("projects").get(0).get("name").asString()).isEqualTo("Gemensamma taget Vuxna");
        assertThat(output.get("projects").get(1).get("name").asString()).isEqualTo("Andra insatsen");
        assertThat(output.get("projects").get(1).get("goals")).hasSize(1);
        assertThat(output.get("projects").get(1).get("goals").get(0).get("id").asString()).isEqualTo("eget-mal");
        assertThat(output.get("findings").toString()).contains("DUPLICATE_ID");

        Cli report = Cli.runWithInput(document, "report", "-");
        assertThat(report.status).as(report.toString()).isZero();
        assertThat(report.out).contains("Andra insatsen");
        assertThat(report.err).isEmpty();
    }
}

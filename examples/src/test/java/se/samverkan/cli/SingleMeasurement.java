package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Project;

/**
 * The check that a project object of a {@code metrics --by} period is the single-period {@code metrics
 * --project ID --from START --to END --as-of AS_OF} of that period, but for what a series does differently
 * on purpose: costs only in years, no attainment for count goals, annual counts of count-only projects only in
 * years, and goals with their own period measured over the overlap (those are left to the hand-worked tests).
 */
final class SingleMeasurement {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<IndicatorType> COUNTS = EnumSet.of(IndicatorType.PARTICIPANTS_STARTED,
        IndicatorType.EXIT_OUTCOME_COUNT, IndicatorType.REPORTED);

    private SingleMeasurement() {
    }

    /** Runs the single-period measurement of a series project with the same input and compares. */
    static void assertSeriesProjectIsTheSingleMeasurement(Project definition, JsonNode seriesProject, boolean year,
        JsonNode seriesFindings, String input, String... file) {
        JsonNode period = seriesProject.get("period");
        String[] args = new String[file.length + 9];
        args[0] = "metrics";
        System.arraycopy(file, 0, args, 1, file.length);
        String[] rest = {"--project", definition.getId(), "--from", period.get("start").stringValue(), "--to",
            period.get("end").stringValue(), "--as-of", seriesProject.get("asOf").stringValue()};
        System.arraycopy(rest, 0, args, 1 + file.length, rest.length);
        Cli single = Cli.runWithInput(input, args);
        assertThat(single.status).as(single.toString()).isZero();
        JsonNode root = JSON.readTree(single.out);
        assertThat(root.get("findings")).isEqualTo(seriesFindings);
        assertThat(root.get("projects")).hasSize(1);

        ObjectNode expected = (ObjectNode) root.get("projects").get(0).deepCopy();
        ObjectNode actual = (ObjectNode) seriesProject.deepCopy();
        boolean countOnly = definition.getMeasurement() == Measurement.COUNT_ONLY;
        if (!year) {
            assertThat(actual.get("costs").isNull()).as("costs outside a year").isTrue();
            expected.remove("costs");
            actual.remove("costs");
            if (countOnly) {
                ObjectNode participants = (ObjectNode) actual.get("participants");
                assertThat(participants.get("started").isNull()).as("annual counts outside a year").isTrue();
                participants.get("startedByGender").forEach(count -> assertThat(count.isNull()).isTrue());
                for (ObjectNode node : new ObjectNode[] {participants, (ObjectNode) expected.get("participants")}) {
                    node.remove("started");
                    node.remove("startedByGender");
                }
            }
        }
        for (int g = definition.getGoals().size() - 1; g >= 0; g--) {
            Goal goal = definition.getGoals().get(g);
            IndicatorType type = goal.getIndicator().getType();
            ObjectNode seriesGoal = (ObjectNode) actual.get("goals").get(g);
            if (goal.getPeriod().isPresent() || countOnly && !year && type == IndicatorType.PARTICIPANTS_STARTED) {
                ((ArrayNode) actual.get("goals")).remove(g);
                ((ArrayNode) expected.get("goals")).remove(g);
            } else if (COUNTS.contains(type)) {
                assertThat(seriesGoal.get("attained").isNull()).as("attained of count goal %s", goal.getId()).isTrue();
                ((ObjectNode) expected.get("goals").get(g)).putNull("attained");
            }
        }
        assertThat(actual).isEqualTo(expected);
    }
}

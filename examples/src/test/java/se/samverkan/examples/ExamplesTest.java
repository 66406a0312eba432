package se.samverkan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverkan.metrics.goals.Attainment;
import se.samverkan.json.SamverkanJson;
import se.samverkan.json.ValidatedDocument;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.goals.GoalResult;
import se.samverkan.model.money.Amount;
import se.samverkan.model.time.Period;

/** The runnable examples do what their documentation says. */
class ExamplesTest {

    private static final Path GEMENSAMMA_TAGET = Path.of("data", "gemensamma-taget-vuxna.json");

    @Test
    void read_document_reads_the_gemensamma_taget_sample_without_field_rule_violations() throws Exception {
        ValidatedDocument validated = ReadDocument.read(GEMENSAMMA_TAGET);

        assertThat(validated.violations()).isEmpty();
        assertThat(validated.document().getParticipants()).hasSize(91);
        assertThat(validated.document().getProjects().get(0).getBudget().total()).isEqualTo(Amount.ofKronor(2_755_000));
    }

    @Test
    void goal_attainment_of_the_year_2009_counts_only_that_year() throws Exception {
        var document = SamverkanJson.create().read(GEMENSAMMA_TAGET);

        List<ProjectResult> whole = GoalAttainmentExample.goals(document, MeasurementScope.projectPeriod());
        List<ProjectResult> year = GoalAttainmentExample.goals(document,
            MeasurementScope.of(Period.of(java.time.LocalDate.of(2009, 1, 1), java.time.LocalDate.of(2009, 12, 31))));

        GoalResult work = whole.get(0).goals().get(1);
        assertThat(work.goalId()).isEqualTo("work");
        assertThat(work.actual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("34.6"));
        assertThat(work.attained()).isEqualTo(Attainment.NOT_ATTAINED);
        // 56 people start in 2009, and p0003 enrols a second time in group 9.
        assertThat(year.get(0).participants().started()).isEqualTo(57);
    }

    @Test
    void the_three_way_split_hands_the_left_over_ore_to_the_first_part() {
        assertThat(CostSharingExample.threeWaySplit(Amount.ofKronor(100)))
            .containsExactly(Amount.parse("33.34"), Amount.parse("33.33"), Amount.parse("33.33"));
    }

    @Test
    void streaming_gives_the_same_metrics_as_reading_the_whole_document(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synthetic.json");
        SyntheticDocument.write(file, 3_000, 42L);

        List<ProjectResult> streamed = StreamLargeFile.metrics(file);
        List<ProjectResult> whole = ProjectMetrics.of(MeasurementScope.projectPeriod())
            .compute(SamverkanJson.create().read(file));

        assertThat(streamed).isEqualTo(whole);
        assertThat(streamed.get(0).participants().started()).isEqualTo(3_000);
    }

    @Test
    void the_synthetic_document_is_the_same_for_the_same_seed(@TempDir Path dir) throws Exception {
        SyntheticDocument.write(dir.resolve("a.json"), 200, 1L);
        SyntheticDocument.write(dir.resolve("b.json"), 200, 1L);

        assertThat(Files.mismatch(dir.resolve("a.json"), dir.resolve("b.json"))).isEqualTo(-1L);
        assertThat(SamverkanJson.create().readAndValidate(dir.resolve("a.json")).violations()).isEmpty();
    }
}

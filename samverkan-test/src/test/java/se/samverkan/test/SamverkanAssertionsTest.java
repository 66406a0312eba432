package se.samverkan.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.test.SamverkanAssertions.assertThat;
import static se.samverkan.test.SamverkanAssertions.assertThatProblems;
import static se.samverkan.test.SamverkanAssertions.assertThatResource;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.problem.Position;
import se.samverkan.model.problem.Problem;
import se.samverkan.model.problem.Severity;

class SamverkanAssertionsTest {

    private static final String GEMENSAMMA_TAGET = "/documents/gemensamma-taget-vuxna.json";
    private static final String KAVLINGE_LOMMA = "/documents/kavlinge-lomma-process.json";

    @Test
    void a_clean_document_passes_and_a_sample_with_the_applications_errors_does_not() {
        SamverkanDocument clean = SamverkanAssertions.readResource(KAVLINGE_LOMMA);
        assertThat(clean).hasNoErrors().hasNoProblems().hasNoProblem("BUDGET_TOTAL_MISMATCH");

        SamverkanDocument gemensammaTaget = SamverkanAssertions.readResource(GEMENSAMMA_TAGET);
        // The application prints the studies table's age-band sums 2 + 2 as 0 and 3 + 3 as 10.
        assertThat(gemensammaTaget)
            .hasProblem("BREAKDOWN_TOTAL_MISMATCH", "/projects/0/goals/2/breakdown/columnTotals/0")
            .hasProblem("BREAKDOWN_TOTAL_MISMATCH", "/projects/0/goals/2/breakdown/columnTotals/1")
            .hasProblem("COHORT_SEQUENCE")
            .hasNoProblem("BUDGET_TOTAL_MISMATCH")
            .hasNoProblem("COHORT_SEQUENCE", "/projects/0/cohorts/11");
    }

    @Test
    void has_no_errors_fails_with_an_english_list_of_the_errors_found() {
        SamverkanDocument gemensammaTaget = SamverkanAssertions.readResource(GEMENSAMMA_TAGET);
        assertThatThrownBy(() -> assertThat(gemensammaTaget).hasNoErrors())
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("Expecting no ERROR problems but found 2:\n"
                + "  ERROR BREAKDOWN_TOTAL_MISMATCH at /projects/0/goals/2/breakdown/columnTotals/0: "
                + "the stated total for age band 18–30 is 0 but the cells sum to 4\n"
                + "  ERROR BREAKDOWN_TOTAL_MISMATCH at /projects/0/goals/2/breakdown/columnTotals/1: ")
            .hasMessageNotContaining("WARNING");
    }

    @Test
    void a_resource_is_checked_with_lines_and_columns() {
        assertThatResource(GEMENSAMMA_TAGET).hasProblem("COHORT_SEQUENCE", "/projects/0/cohorts/12")
            .problems().filteredOn(p -> p.id().equals("COHORT_SEQUENCE"))
            .extracting(Problem::position).containsExactly(Position.of(895, 9));
        assertThatThrownBy(() -> assertThatResource(GEMENSAMMA_TAGET).hasNoErrors())
            .hasMessageContaining("ERROR BREAKDOWN_TOTAL_MISMATCH at /projects/0/goals/2/breakdown/columnTotals/0"
                + " (line 313, column 15)");
        assertThatResource(KAVLINGE_LOMMA).hasNoProblems();
    }

    @Test
    void an_unreadable_resource_gives_its_reading_problems() {
        assertThatResource("/documents/broken.json").hasProblem("UNKNOWN_PROPERTY", "/parties/0/nmae");
        assertThatThrownBy(() -> SamverkanAssertions.readResource("/documents/broken.json"))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("Expecting /documents/broken.json to be a readable document but found 1 reading problem:")
            .hasMessageContaining("ERROR UNKNOWN_PROPERTY at /parties/0/nmae (line 3, column 76)");
        assertThatThrownBy(() -> SamverkanAssertions.readResource("/documents/none.json"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/documents/none.json");
    }

    @Test
    void each_expectation_fails_when_it_does_not_hold() {
        Problem warning = Problem.of("COHORT_SEQUENCE", Severity.WARNING, "/projects/0/cohorts/12", "sv", "late");
        List<Problem> problems = List.of(warning);
        assertThatProblems(problems).hasNoErrors().hasProblem("COHORT_SEQUENCE");
        assertThatThrownBy(() -> assertThatProblems(problems).hasNoProblems())
            .hasMessageContaining("Expecting no problems but found 1:\n"
                + "  WARNING COHORT_SEQUENCE at /projects/0/cohorts/12: late");
        assertThatThrownBy(() -> assertThatProblems(problems).hasProblem("COHORT_SEQUENCE", "/projects/0/cohorts/1"))
            .hasMessageContaining("Expecting a problem COHORT_SEQUENCE at /projects/0/cohorts/1 but found 1:");
        assertThatThrownBy(() -> assertThatProblems(List.of()).hasProblem("UNKNOWN_REFERENCE"))
            .hasMessageContaining("Expecting a problem UNKNOWN_REFERENCE but found no problems");
        assertThatThrownBy(() -> assertThatProblems(problems).hasNoProblem("COHORT_SEQUENCE"))
            .hasMessageContaining("Expecting no problem COHORT_SEQUENCE but found 1:");
        assertThatThrownBy(() -> assertThatProblems(problems).hasNoProblem("COHORT_SEQUENCE", "/projects/0/cohorts/12"))
            .hasMessageContaining("Expecting no problem COHORT_SEQUENCE at /projects/0/cohorts/12 but found it");
        // A message with a percent sign is printed as it is.
        Problem percent = Problem.of("SHARE_TARGET_AS_FRACTION", Severity.WARNING, "/x", "sv", "0.35 means 0.35 %");
        assertThatThrownBy(() -> assertThatProblems(List.of(percent)).hasNoProblems())
            .hasMessageContaining("0.35 means 0.35 %");
    }
}

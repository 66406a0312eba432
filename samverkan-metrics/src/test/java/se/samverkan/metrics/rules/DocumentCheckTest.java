package se.samverkan.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.metrics.rules.RuleFixtures.document;
import static se.samverkan.metrics.rules.RuleFixtures.parties;
import static se.samverkan.metrics.rules.RuleFixtures.withParticipation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samverkan.model.party.Party;
import se.samverkan.model.problem.Position;
import se.samverkan.model.problem.Problem;
import se.samverkan.model.problem.Severity;

class DocumentCheckTest {

    private static final DocumentCheck CHECK = DocumentCheck.create();

    @Test
    void a_right_document_has_no_problems() {
        assertThat(CHECK.check(document())).isEmpty();
    }

    @Test
    void a_problem_both_layers_find_is_reported_once_as_the_rule() {
        // An exit outcome without an end date: the field constraint and the reporting rule both see it.
        List<Problem> problems = CHECK.check(withParticipation(p -> p.withEnd(java.util.Optional.empty())));
        assertThat(problems).extracting(Problem::id, Problem::severity, Problem::pointer).containsExactly(
            org.assertj.core.groups.Tuple.tuple("OUTCOME_WITHOUT_END", Severity.ERROR,
                "/participants/0/participations/0/exitOutcome"));
        assertThat(problems.get(0).message(Locale.ENGLISH)).contains("end");
    }

    @Test
    void field_rules_and_reporting_rules_come_in_document_order() {
        // A bad party id (field rule at /parties/0/id) breaks references to it too; a bad birth year of the
        // participant lies later in the document. Document order: parties before projects before participants.
        List<Party> badParties = new ArrayList<>(parties());
        Party first = badParties.get(0);
        badParties.set(0, Party.builder().from(first).id("Bad Id").build());
        List<Problem> problems = CHECK.check(
            withParticipation(p -> p.withEnd(java.util.Optional.empty())).withParties(badParties));
        assertThat(problems.get(0).id()).isEqualTo("INVALID_ID");
        assertThat(problems.get(0).pointer()).isEqualTo("/parties/0/id");
        assertThat(problems.get(problems.size() - 1).pointer())
            .isEqualTo("/participants/0/participations/0/exitOutcome");
        List<String> pointers = problems.stream().map(Problem::pointer).toList();
        assertThat(pointers.indexOf("/parties/0/id")).isLessThan(pointers.size() - 1);
    }

    @Test
    void problems_carry_the_positions_of_the_text() {
        List<Problem> problems = CHECK.check(withParticipation(p -> p.withEnd(java.util.Optional.empty())),
            pointer -> pointer.equals("/participants/0/participations/0/exitOutcome") ? Position.of(41, 28) : null);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(41);
            assertThat(p.column()).isEqualTo(28);
        });
    }

    @Test
    void pointers_sort_by_index_numerically_and_by_property_in_format_order() {
        assertThat(Pointer.parse("/participants/10/id")).isGreaterThan(Pointer.parse("/participants/9/id"));
        assertThat(Pointer.parse("/projects/0/budget")).isGreaterThan(Pointer.parse("/projects/0/period"));
        assertThat(Pointer.parse("/parties/3")).isLessThan(Pointer.parse("/associations/0"));
        assertThat(Pointer.parse("")).isLessThan(Pointer.parse("/schemaVersion"));
        assertThat(Pointer.parse("/projects/0/budget/statedTotals/1").text())
            .isEqualTo("/projects/0/budget/statedTotals/1");
        assertThat(Pointer.parse("/a~1b/~0c").text()).isEqualTo("/a~1b/~0c");
    }
}

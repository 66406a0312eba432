package se.samverkan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.model.problem.Severity;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.StatedTotal;
import se.samverkan.model.money.Amount;
import se.samverkan.model.testing.ModelArbitraries;

/**
 * Example: the reporting rules (<i>rapporteringsregler</i>, docs/problems.md) in a test suite — the "tests
 * use it" case. A system that exports samverkan documents (a case-management system at a förbund, say)
 * keeps its exports honest with tests like these: no ERROR finding in what it produces, and each known
 * mistake caught at its JSON Pointer. The model's test fixtures ({@link ModelArbitraries}) give jqwik
 * properties over generated documents.
 */
class ExportFollowsTheReportingRulesTest {

    private static final ReportingRules RULES = ReportingRules.create();

    private static List<Finding> errors(SamverkanDocument document) {
        return RULES.check(document).stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    @Test
    void the_exported_kavlinge_lomma_process_has_no_finding() throws Exception {
        SamverkanDocument export = SamverkanJson.create().read(Path.of("data", "kavlinge-lomma-process.json"));

        assertThat(RULES.check(export)).isEmpty();
    }

    @Test
    void a_stated_year_total_that_disagrees_with_its_lines_is_caught_where_it_is_stated() {
        SamverkanDocument document = BuildAndValidate.document(false);
        var project = document.getProjects().get(0);
        Budget wrong = Budget.builder().from(project.getBudget())
            .statedTotals(List.of(StatedTotal.of(2008, Amount.ofKronor(1_189_000))))
            .build();
        SamverkanDocument export = SamverkanDocument.builder().from(document)
            .projects(List.of(se.samverkan.model.project.Project.builder().from(project).budget(wrong).build()))
            .build();

        assertThat(errors(export)).extracting(f -> f.rule().id(), Finding::path)
            .containsExactly(tuple("BUDGET_TOTAL_MISMATCH", "/projects/0/budget/statedTotals/0"));
    }

    @Property(tries = 15)
    void a_consistent_export_has_no_reporting_rule_error(@ForAll("exports") SamverkanDocument export) {
        assertThat(errors(export)).isEmpty();
    }

    @Provide
    Arbitrary<SamverkanDocument> exports() {
        return ModelArbitraries.validDocuments();
    }
}

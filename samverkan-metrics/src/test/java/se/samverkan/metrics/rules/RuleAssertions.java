package se.samverkan.metrics.rules;

import se.samverkan.model.problem.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import se.samverkan.model.SamverkanDocument;

/** Assertions on the findings of a document as (rule, severity, path) triples. */
final class RuleAssertions {

    static final ReportingRules RULES = ReportingRules.create();

    private RuleAssertions() {
    }

    /**
     * The findings of the document as (rule, severity, path), after checking that every message is fully
     * formatted in both languages (no placeholder left: every call passes the arguments its pattern uses).
     */
    static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertFindings(
        SamverkanDocument document) {
        List<Finding> findings = RULES.check(document);
        for (Finding finding : findings) {
            assertThat(List.of(finding.message(), finding.message(Locale.ENGLISH))).as("%s", finding)
                .allSatisfy(message -> assertThat(message).isNotBlank().doesNotContainPattern("\\{\\d+}"));
        }
        return assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::path);
    }

    static Tuple error(Rule rule, String path) {
        assertThat(rule.severity()).isEqualTo(Severity.ERROR);
        return tuple(rule, Severity.ERROR, path);
    }

    static Tuple warning(Rule rule, String path) {
        assertThat(rule.severity()).isEqualTo(Severity.WARNING);
        return tuple(rule, Severity.WARNING, path);
    }
}

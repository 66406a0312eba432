package se.samverkan.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import se.samverkan.model.SamverkanDocument;

/** Assertions on the findings of a document as (rule, severity, path) triples. */
final class RuleAssertions {

    static final ReportingRules RULES = ReportingRules.create();

    private RuleAssertions() {
    }

    static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertFindings(
        SamverkanDocument document) {
        return assertThat(RULES.check(document)).extracting(Finding::rule, Finding::severity, Finding::path);
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

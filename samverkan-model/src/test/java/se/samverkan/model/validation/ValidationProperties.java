package se.samverkan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.testing.ModelArbitraries;

/** Validation collects every problem and never throws (docs/problems.md). */
class ValidationProperties {

    private static final SamverkanValidator VALIDATOR = SamverkanValidator.create();

    @Property(tries = 200)
    void validation_never_throws_and_every_violation_names_its_place(@ForAll("anyModelObject") Object value) {
        List<Violation> violations = VALIDATOR.validateObject(value);
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.path()).matches("(/[^/]*)*");
            assertThat(v.messageKey()).matches("(se\\.samverkan|jakarta\\.validation\\.constraints)\\.[A-Za-z_.]+");
            assertThat(v.message()).isNotBlank().doesNotContain("{").doesNotContain("${");
            assertThat(v.message(Locale.ENGLISH)).isNotBlank().doesNotContain("{").doesNotContain("${");
        });
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort((a, b) -> {
            int order = SamverkanValidator.comparePointers(a.path(), b.path());
            return order != 0 ? order : a.messageKey().compareTo(b.messageKey());
        });
        assertThat(violations).containsExactlyElementsOf(sorted);
        assertThat(VALIDATOR.validateObject(value)).isEqualTo(violations);
    }

    @Property(tries = 100)
    void validation_never_throws_on_any_document(@ForAll("anyDocument") SamverkanDocument document) {
        assertThat(VALIDATOR.validate(document)).isNotNull();
    }

    @Property(tries = 200)
    void valid_generated_objects_break_no_field_rule(@ForAll("validModelObject") Object value) {
        assertThat(VALIDATOR.validateObject(value)).isEmpty();
    }

    @Property(tries = 100)
    void valid_generated_documents_break_no_field_rule(@ForAll("validDocument") SamverkanDocument document) {
        assertThat(VALIDATOR.validate(document)).isEmpty();
    }

    @Provide
    Arbitrary<Object> anyModelObject() {
        return ModelArbitraries.anyModelObjects();
    }

    @Provide
    Arbitrary<Object> validModelObject() {
        return Arbitraries.oneOf(List.of(
            ModelArbitraries.validParties(), ModelArbitraries.validAssociations(), ModelArbitraries.validFundings(),
            ModelArbitraries.validCostKeys(), ModelArbitraries.validProjects(), ModelArbitraries.validTargetGroups(),
            ModelArbitraries.validGoals(), ModelArbitraries.validIndicators(), ModelArbitraries.validBreakdowns(),
            ModelArbitraries.validBudgets(), ModelArbitraries.validBudgetLines(), ModelArbitraries.validResources(),
            ModelArbitraries.validExtents(), ModelArbitraries.validCohorts(), ModelArbitraries.validEsfs(),
            ModelArbitraries.validParticipantCounts(), ModelArbitraries.validSurveyQuestions(),
            ModelArbitraries.validParticipants(), ModelArbitraries.validParticipations(),
            ModelArbitraries.validPeriods(), ModelArbitraries.validIntRanges(0, 120)));
    }

    @Provide
    Arbitrary<SamverkanDocument> anyDocument() {
        return ModelArbitraries.anyDocuments();
    }

    @Provide
    Arbitrary<SamverkanDocument> validDocument() {
        return ModelArbitraries.validDocuments();
    }
}

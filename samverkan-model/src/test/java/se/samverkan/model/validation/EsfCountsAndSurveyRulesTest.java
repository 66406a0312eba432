package se.samverkan.model.validation;

import static se.samverkan.model.validation.FieldRules.BLANK;
import static se.samverkan.model.validation.FieldRules.ID;
import static se.samverkan.model.validation.FieldRules.TOO_LONG;
import static se.samverkan.model.validation.FieldRules.assertValid;
import static se.samverkan.model.validation.FieldRules.assertViolations;
import static se.samverkan.model.validation.FieldRules.builtIn;
import static se.samverkan.model.validation.FieldRules.gemensammaTaget;
import static se.samverkan.model.validation.FieldRules.key;
import static se.samverkan.model.validation.FieldRules.project;
import static se.samverkan.model.validation.FieldRules.replace;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.project.ImmutableEsf;
import se.samverkan.model.project.ImmutableParticipantCount;
import se.samverkan.model.project.ImmutableSurveyQuestion;
import se.samverkan.model.project.ParticipantCount;
import se.samverkan.model.testing.SeedDocuments;

/** The field rules of ESF metadata, aggregate counts and survey questions (docs/format.md). */
class EsfCountsAndSurveyRulesTest {

    private final SamverkanDocument gransgangare = SeedDocuments.gransgangareEsf();
    private final SamverkanDocument kavlingeLomma = SeedDocuments.kavlingeLommaProcess();
    private final SamverkanDocument gemensammaTaget = gemensammaTaget();

    @Test
    void the_esf_seed_is_valid() {
        assertValid(gransgangare);
    }

    @Test
    void esf_texts_are_not_blank_and_bounded() {
        assertViolations(esf(e -> e.withCaseNumber("")), "/projects/0/esf/caseNumber", BLANK);
        assertViolations(esf(e -> e.withCaseNumber("2".repeat(65))), "/projects/0/esf/caseNumber", TOO_LONG);
        assertViolations(esf(e -> e.withProgrammeArea(" ").withSpecificObjective("").withInterventionType("\n")),
            "/projects/0/esf/interventionType", BLANK,
            "/projects/0/esf/programmeArea", BLANK,
            "/projects/0/esf/specificObjective", BLANK);
    }

    @Test
    void union_co_financing_rate_is_above_0_and_at_most_1() {
        assertValid(esf(e -> e.withUnionCoFinancingRate(BigDecimal.ONE)));
        assertValid(esf(e -> e.withUnionCoFinancingRate(new BigDecimal("0.01"))));
        assertViolations(esf(e -> e.withUnionCoFinancingRate(BigDecimal.ZERO)),
            "/projects/0/esf/unionCoFinancingRate", "se.samverkan.validation.DecimalMin.above");
        assertViolations(esf(e -> e.withUnionCoFinancingRate(new BigDecimal("1.01"))),
            "/projects/0/esf/unionCoFinancingRate", "se.samverkan.validation.DecimalMax.atMost");
    }

    @Test
    void esf_rate_messages_name_the_bound_and_whether_it_is_included() {
        Violation above = FieldRules.VALIDATOR.validate(esf(e -> e.withUnionCoFinancingRate(BigDecimal.ZERO)))
            .get(0);
        Assertions.assertThat(above.message()).isEqualTo("måste vara större än 0");
        Assertions.assertThat(above.message(Locale.ENGLISH)).isEqualTo("must be greater than 0");
        Violation atMost = FieldRules.VALIDATOR.validate(esf(e -> e.withUnionCoFinancingRate(new BigDecimal("1.5"))))
            .get(0);
        Assertions.assertThat(atMost.message()).isEqualTo("får inte vara större än 1");
        Assertions.assertThat(atMost.message(Locale.ENGLISH)).isEqualTo("must not be greater than 1");
    }

    @Test
    void esf_amounts_are_not_negative_and_granted_may_exceed_total_here() {
        // Granted above total is ESF_SUPPORT_EXCEEDS_BUDGET, a reporting rule.
        assertValid(esf(e -> e.withGrantedSupport(Amount.ofKronor(400_000))));
        assertViolations(esf(e -> e.withGrantedSupport(Amount.ofKronor(-1)).withTotalBudget(Amount.ofKronor(-1))),
            "/projects/0/esf/grantedSupport", key("NonNegative"),
            "/projects/0/esf/totalBudget", key("NonNegative"));
    }

    @Test
    void participant_count_year_and_count() {
        assertValid(counts(ParticipantCount.of(2016, Gender.WOMAN, 0)));
        assertViolations(counts(ParticipantCount.of(2016, Gender.WOMAN, 3), ParticipantCount.of(1989, Gender.MAN, 4)),
            "/projects/0/participantCounts/1/year", builtIn("Min"));
        assertViolations(counts(ImmutableParticipantCount.builder().year(2017).gender(Gender.MAN).count(-1).build()),
            "/projects/0/participantCounts/0/count", builtIn("PositiveOrZero"));
    }

    @Test
    void survey_question_id_text_and_scale() {
        assertValid(question(0, q -> q.withMin(3).withMax(3)));
        assertViolations(question(0, q -> q.withId("Fråga 1")), "/projects/0/surveyQuestions/0/id", ID);
        assertViolations(question(1, q -> q.withText("")), "/projects/0/surveyQuestions/1/text", BLANK);
        assertViolations(question(1, q -> q.withText("?".repeat(2001))), "/projects/0/surveyQuestions/1/text", TOO_LONG);
        assertViolations(question(2, q -> q.withMin(5).withMax(1)),
            "/projects/0/surveyQuestions/2/max", key("ScaleOrder"));
    }

    private SamverkanDocument esf(UnaryOperator<ImmutableEsf> edit) {
        return project(gransgangare, p -> p.withEsf(edit.apply(ImmutableEsf.copyOf(p.getEsf().orElseThrow()))));
    }

    private SamverkanDocument counts(ParticipantCount... counts) {
        return project(kavlingeLomma, p -> p.withParticipantCounts(counts));
    }

    private SamverkanDocument question(int index, UnaryOperator<ImmutableSurveyQuestion> edit) {
        return project(gemensammaTaget, p -> p.withSurveyQuestions(replace(p.getSurveyQuestions(), index,
            edit.apply(ImmutableSurveyQuestion.copyOf(p.getSurveyQuestions().get(index))))));
    }
}

package se.samverkan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.model.validation.FieldRules.VALIDATOR;
import static se.samverkan.model.validation.FieldRules.gemensammaTaget;
import static se.samverkan.model.validation.FieldRules.participant;
import static se.samverkan.model.validation.FieldRules.participation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.ImmutableParticipant;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.project.ImmutableEsf;
import se.samverkan.model.testing.SeedDocuments;
import se.samverkan.model.time.Period;

class SamverkanValidatorTest {

    private final SamverkanDocument document = gemensammaTaget();

    @Test
    void violations_are_sorted_by_pointer_with_indices_as_numbers_then_by_key() {
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ImmutableParticipant p = participant().withId("d-" + i);
            participants.add(i == 2 || i == 10 ? p.withId("D " + i).withBirthYear(1800) : p);
        }
        SamverkanDocument invalid = ImmutableSamverkanDocument.copyOf(document).withParticipants(participants);
        assertThat(VALIDATOR.validate(invalid)).extracting(Violation::path).containsExactly(
            "/participants/2/birthYear", "/participants/2/id", "/participants/10/birthYear", "/participants/10/id");
    }

    @Test
    void pointer_order_puts_indices_in_numeric_order_before_keys() {
        List<String> expected = List.of("", "/a", "/a/0", "/a/2", "/a/10", "/a/01", "/a/1a", "/a/b", "/a/b/0", "/b");
        List<String> shuffled = new ArrayList<>(expected);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        shuffled.sort(SamverkanValidator::comparePointers);
        assertThat(shuffled).containsExactlyElementsOf(expected);
        for (String a : expected) {
            for (String b : expected) {
                assertThat(Integer.signum(SamverkanValidator.comparePointers(a, b)))
                    .isEqualTo(-Integer.signum(SamverkanValidator.comparePointers(b, a)));
            }
        }
    }

    @Test
    void the_same_document_always_gives_the_same_list() {
        SamverkanDocument invalid = participation(document, participation().withEnd(Optional.empty())
            .withCohort("Grupp 1").withSurvey(Map.of("B", 1, "A", 0, "c", 1)));
        List<Violation> first = VALIDATOR.validate(invalid);
        assertThat(first).hasSize(4);
        assertThat(VALIDATOR.validate(invalid)).containsExactlyElementsOf(first);
        assertThat(SamverkanValidator.create().validate(invalid)).containsExactlyElementsOf(first);
    }

    @Test
    void pointers_lead_through_lists_optionals_and_maps() {
        SamverkanDocument gransgangare = FieldRules.project(SeedDocuments.gransgangareEsf(), p -> p
            .withEsf(ImmutableEsf.copyOf(p.getEsf().orElseThrow()).withGrantedSupport(Amount.ofKronor(-1)))
            .withOutcome(Budget.builder().addLines(BudgetLine.builder().year(2022).category(CostCategory.OTHER)
                .item("Utfall").amount(Amount.ofKronor(-2)).build()).build()));
        assertThat(VALIDATOR.validate(gransgangare)).extracting(Violation::path)
            .containsExactly("/projects/0/esf/grantedSupport", "/projects/0/outcome/lines/0/amount");
        SamverkanDocument survey = participation(document, participation().withSurvey(Map.of("Kvalitet", 1)));
        assertThat(VALIDATOR.validate(survey)).extracting(Violation::path)
            .containsExactly("/participants/0/participations/0/survey/Kvalitet");
    }

    @Test
    void an_object_is_validated_with_pointers_relative_to_it() {
        Participation outcomeWithoutEnd = participation().withEnd(Optional.empty());
        assertThat(VALIDATOR.validateObject(outcomeWithoutEnd)).extracting(Violation::path)
            .containsExactly("/exitOutcome");
        assertThat(VALIDATOR.validateObject(Period.of(LocalDate.of(2010, 1, 1), LocalDate.of(2009, 1, 1))))
            .extracting(Violation::path, Violation::messageKey)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("/end", "se.samverkan.validation.PeriodOrder.message"));
    }

    @Test
    void a_rule_backed_constraint_has_the_rule_id_and_others_their_key() {
        assertThat(VALIDATOR.validateObject(participation().withEnd(Optional.empty())))
            .singleElement().satisfies(v -> {
                assertThat(v.messageKey()).isEqualTo("se.samverkan.rule.OUTCOME_WITHOUT_END");
                assertThat(v.rule()).isEqualTo("OUTCOME_WITHOUT_END");
            });
        assertThat(VALIDATOR.validateObject(participation().withProject("X")))
            .singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("INVALID_ID"));
    }

    @Test
    void messages_never_contain_the_invalid_value() {
        SamverkanDocument invalid = participation(document, participation().withProject("Hemlig Person")
            .withReenrolmentReason("x".repeat(2001)));
        assertThat(VALIDATOR.validate(invalid)).hasSize(2).allSatisfy(v -> {
            assertThat(v.message()).doesNotContain("Hemlig").doesNotContain("xxx");
            assertThat(v.message(Locale.ENGLISH)).doesNotContain("Hemlig").doesNotContain("xxx");
        });
    }

    @Test
    void swedish_is_the_default_and_english_is_chosen_by_language() {
        Violation violation = VALIDATOR.validateObject(participation().withProject("X")).get(0);
        assertThat(violation.message()).startsWith("måste vara ett id");
        assertThat(violation.message(new Locale("sv", "FI"))).isEqualTo(violation.message());
        assertThat(violation.message(Locale.GERMAN)).isEqualTo(violation.message());
        assertThat(violation.message(Locale.US)).startsWith("must be an id");
        assertThat(violation.toString()).isEqualTo("/project se.samverkan.validation.Id.message: " + violation.message());
    }

    @Test
    void null_and_non_model_objects_are_refused() {
        assertThatThrownBy(() -> VALIDATOR.validate(null)).isInstanceOf(NullPointerException.class)
            .hasMessage("document");
        assertThatThrownBy(() -> VALIDATOR.validateObject(null)).isInstanceOf(NullPointerException.class)
            .hasMessage("value");
        assertThatThrownBy(() -> VALIDATOR.validateObject("Gemensamma taget"))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VALIDATOR.validateObject(List.of(participant())))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void violations_are_values() {
        Violation a = Violation.of("/x", "k", "sv", "en");
        assertThat(a).isEqualTo(Violation.of("/x", "k", "sv", "en")).hasSameHashCodeAs(Violation.of("/x", "k", "sv", "en"))
            .isNotEqualTo(Violation.of("/y", "k", "sv", "en")).isNotEqualTo(Violation.of("/x", "k", "sv", "EN"));
        assertThatThrownBy(() -> Violation.of(null, "k", "sv", "en")).hasMessage("path");
        assertThatThrownBy(() -> Violation.of("", "k", "sv", null)).hasMessage("englishMessage");
        assertThatThrownBy(() -> a.message(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void every_violation_of_a_broken_seed_names_its_place() {
        SamverkanDocument broken = participation(document, participation().withStart(LocalDate.of(2009, 1, 1))
            .withEnd(LocalDate.of(2008, 1, 1)));
        List<String> pointers = VALIDATOR.validate(broken).stream().map(Violation::path).collect(Collectors.toList());
        assertThat(pointers).containsExactly("/participants/0/participations/0/end");
    }
}

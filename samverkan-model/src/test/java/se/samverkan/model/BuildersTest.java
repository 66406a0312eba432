package se.samverkan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.association.Funding;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.Indicator;
import se.samverkan.model.goal.Target;
import se.samverkan.model.money.Share;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Cohort;
import se.samverkan.model.project.Esf;
import se.samverkan.model.project.PriorityGroup;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.Resource;
import se.samverkan.model.project.SurveyQuestion;
import se.samverkan.model.project.TargetGroup;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.time.Period;

/**
 * Builders fail fast only for missing mandatory fields, naming them (docs/problems.md), and never share
 * the collections they are given.
 */
class BuildersTest {

    static Stream<Arguments> emptyBuilders() {
        return Stream.of(
            arguments("Party", () -> Party.builder().build(), "id", "name", "type"),
            arguments("CoordinationAssociation", () -> CoordinationAssociation.builder().build(), "id"),
            arguments("Funding", () -> Funding.builder().build(), "year", "total"),
            arguments("CostKey", () -> CostKey.builder().build(), "method"),
            arguments("KeyShare", () -> KeyShare.builder().build(), "party", "share"),
            arguments("Project", () -> Project.builder().build(), "id", "name", "kind", "orientation", "measurement",
                "owner", "period", "targetGroup"),
            arguments("TargetGroup", () -> TargetGroup.builder().build(), "description", "ageRange"),
            arguments("Goal", () -> Goal.builder().build(), "id", "title", "indicator", "target"),
            arguments("Indicator", () -> Indicator.builder().build(), "type"),
            arguments("Target", () -> Target.builder().build(), "comparator", "value"),
            arguments("BudgetLine", () -> BudgetLine.builder().build(), "year", "category", "item", "amount"),
            arguments("Resource", () -> Resource.builder().build(), "party", "role", "extent"),
            arguments("Cohort", () -> Cohort.builder().build(), "id", "number", "period"),
            arguments("Esf", () -> Esf.builder().build(), "caseNumber", "programmeArea", "specificObjective",
                "interventionType", "unionCoFinancingRate", "grantedSupport", "totalBudget"),
            arguments("SurveyQuestion", () -> SurveyQuestion.builder().build(), "id", "text", "min", "max"),
            arguments("Participant", () -> Participant.builder().build(), "id", "gender"),
            arguments("Participation", () -> Participation.builder().build(), "project", "start"),
            arguments("Period", () -> Period.builder().build(), "start", "end"),
            arguments("IntRange", () -> IntRange.builder().build(), "min", "max"));
    }

    private static Arguments arguments(String type, Supplier<Object> build, String... fields) {
        return Arguments.of(type, build, fields);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emptyBuilders")
    void a_missing_mandatory_field_fails_at_build_naming_the_field(String type, Supplier<Object> build,
        String[] fields) {
        assertThatThrownBy(build::get).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining(type)
            .hasMessageContaining("[" + String.join(", ", fields) + "]");
    }

    @Test
    void only_the_missing_fields_are_named() {
        assertThatThrownBy(() -> Party.builder().id("fk").type(PartyType.SOCIAL_INSURANCE_AGENCY).build())
            .isInstanceOf(IllegalStateException.class)
            .hasMessageEndingWith("[name]");
    }

    @Test
    void null_for_a_mandatory_field_fails_naming_it() {
        assertThatThrownBy(() -> Party.builder().name(null)).isInstanceOf(NullPointerException.class)
            .hasMessage("name");
        assertThatThrownBy(() -> Participation.builder().start(null)).isInstanceOf(NullPointerException.class)
            .hasMessage("start");
    }

    @Test
    void null_for_an_optional_field_means_absent() {
        Party party = Party.builder().id("fk").name("Försäkringskassan").type(PartyType.SOCIAL_INSURANCE_AGENCY)
            .parent((String) null).population((Long) null).build();
        assertThat(party.getParent()).isEmpty();
        assertThat(party.getPopulation()).isEmpty();
    }

    @Test
    void invalid_values_build_and_are_left_to_validation() {
        Party party = Party.builder().id("Not An Id").name(" ").type(PartyType.OTHER_PUBLIC).population(-1L).build();
        assertThat(party.getId()).isEqualTo("Not An Id");
        assertThat(Period.of(LocalDate.of(2010, 1, 1), LocalDate.of(2009, 1, 1)).isOrdered()).isFalse();
    }

    @Test
    void builders_copy_the_collections_they_are_given() {
        List<String> members = new ArrayList<>(List.of("fk", "af"));
        CoordinationAssociation association = CoordinationAssociation.builder().id("forbund").members(members).build();
        members.add("region");
        assertThat(association.getMembers()).containsExactly("fk", "af");
        assertThatThrownBy(() -> association.getMembers().add("x")).isInstanceOf(UnsupportedOperationException.class);

        Set<PriorityGroup> groups = EnumSet.of(PriorityGroup.MENTAL_ILL_HEALTH);
        TargetGroup target = TargetGroup.builder().description("Unga").ageRange(IntRange.of(16, 29))
            .priorityGroups(groups).build();
        groups.add(PriorityGroup.NEWLY_ARRIVED);
        assertThat(target.getPriorityGroups()).containsExactly(PriorityGroup.MENTAL_ILL_HEALTH);

        Map<String, Integer> answers = new HashMap<>(Map.of("kvalitet", 1));
        Participation participation = Participation.builder().project("p").start(LocalDate.of(2020, 1, 1))
            .survey(answers).build();
        answers.put("inflytande", 0);
        assertThat(participation.getSurvey()).containsOnlyKeys("kvalitet");
        assertThatThrownBy(() -> participation.getSurvey().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void documents_have_defaults_and_empty_collections() {
        SamverkanDocument empty = SamverkanDocument.builder().build();
        assertThat(empty.getSchemaVersion()).isEqualTo(SamverkanDocument.SCHEMA_VERSION).isEqualTo("1");
        assertThat(empty.getParties()).isEmpty();
        Project project = Project.builder().id("p").name("P").kind(se.samverkan.model.project.ProjectKind.PROJECT)
            .orientation(se.samverkan.model.project.Orientation.INDIVIDUAL)
            .measurement(se.samverkan.model.project.Measurement.PERSON_LEVEL).owner("af")
            .period(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
            .targetGroup(TargetGroup.builder().description("Alla").ageRange(IntRange.of(16, 64)).build())
            .build();
        assertThat(project.getBudget().getLines()).isEmpty();
        assertThat(project.getBudget().total().isZero()).isTrue();
        assertThat(project.getTargetGroup().getMinAuthorityContacts()).isZero();
        CoordinationAssociation association = CoordinationAssociation.builder().id("f").build();
        assertThat(association.getMunicipalKey()).isEqualTo(CostKey.population());
        assertThat(KeyShare.of("k", Share.ONE).getShare()).isEqualTo(Share.ONE);
        assertThat(Target.atLeast(BigDecimal.TEN).getUpper()).isEmpty();
    }
}

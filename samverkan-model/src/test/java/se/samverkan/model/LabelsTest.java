package se.samverkan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import se.samverkan.model.association.KeyMethod;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.TargetComparator;
import se.samverkan.model.participant.EducationLevel;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.IncomeGroup;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.ReportGroup;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.project.PriorityGroup;
import se.samverkan.model.project.ProjectKind;

/** The categories of docs/format.md: their JSON codes, Swedish and English labels and group mappings. */
class LabelsTest {

    static Stream<Class<? extends Enum<?>>> labelledEnums() {
        return Stream.of(PartyType.class, KeyMethod.class, CostCategory.class, IndicatorType.class,
            TargetComparator.class, EducationLevel.class, ExitOutcome.class, Gender.class, IncomeGroup.class,
            IncomeSource.class, ReportGroup.class, Measurement.class, Orientation.class, PriorityGroup.class,
            ProjectKind.class, se.samverkan.model.structure.GroupLevel.class,
            se.samverkan.model.structure.MemberRole.class);
    }

    @ParameterizedTest
    @MethodSource("labelledEnums")
    void every_constant_has_distinct_non_blank_swedish_and_english_labels(Class<? extends Enum<?>> type) {
        Labelled[] constants = (Labelled[]) type.getEnumConstants();
        assertThat(constants).allSatisfy(c -> {
            assertThat(c.swedishLabel()).isNotBlank().isEqualTo(c.swedishLabel().strip());
            assertThat(c.englishLabel()).isNotBlank().isEqualTo(c.englishLabel().strip());
            assertThat(c.label(new Locale("sv", "SE"))).isEqualTo(c.swedishLabel());
            assertThat(c.label(Locale.UK)).isEqualTo(c.englishLabel());
            assertThat(c.label(Locale.GERMAN)).isEqualTo(c.swedishLabel());
        });
        assertThat(Arrays.stream(constants).map(Labelled::swedishLabel)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(constants).map(Labelled::englishLabel)).doesNotHaveDuplicates();
    }

    @Test
    void json_codes_are_the_constant_names_of_the_specification() {
        assertThat(names(PartyType.values())).containsExactly("SOCIAL_INSURANCE_AGENCY", "PUBLIC_EMPLOYMENT_SERVICE",
            "REGION", "MUNICIPALITY", "COORDINATION_ASSOCIATION", "EU_FUND", "OTHER_PUBLIC", "PRIVATE", "NON_PROFIT");
        assertThat(names(ProjectKind.values())).containsExactly("PRE_STUDY", "PROCESS", "PROJECT", "ONGOING");
        assertThat(names(se.samverkan.model.structure.GroupLevel.values())).containsExactly("COUNTY_LEADERSHIP",
            "MANAGEMENT", "FIRST_LINE_MANAGERS", "CASE_OFFICERS", "OTHER");
        assertThat(names(se.samverkan.model.structure.MemberRole.values())).containsExactly("MEMBER", "ADJUNCT",
            "GUEST");
        assertThat(names(Orientation.values())).containsExactly("INDIVIDUAL", "STRUCTURAL");
        assertThat(names(Measurement.values())).containsExactly("PERSON_LEVEL", "COUNT_ONLY");
        assertThat(names(PriorityGroup.values())).containsExactly("YOUTH_NOT_IN_EMPLOYMENT_OR_EDUCATION",
            "MENTAL_ILL_HEALTH", "NEWLY_ARRIVED", "LONG_TERM_SICK", "LONG_TERM_UNEMPLOYED", "SUBSTANCE_ABUSE",
            "DISABILITY", "OTHER");
        assertThat(names(IndicatorType.values())).containsExactly("PARTICIPANTS_STARTED", "EXIT_OUTCOME_SHARE",
            "EXIT_OUTCOME_COUNT", "SURVEY_SHARE", "REPORTED");
        assertThat(names(TargetComparator.values())).containsExactly("AT_LEAST", "AT_MOST", "BETWEEN");
        assertThat(names(CostCategory.values())).containsExactly("STAFF", "EXTERNAL_SERVICES", "PREMISES",
            "EQUIPMENT", "TRAVEL", "EVALUATION", "PARTICIPANT_ACTIVITIES", "OTHER");
        assertThat(names(Gender.values())).containsExactly("WOMAN", "MAN", "NON_BINARY", "UNSPECIFIED");
        assertThat(names(KeyMethod.values())).containsExactly("POPULATION", "AGREED");
    }

    @Test
    void income_sources_map_to_their_groups() {
        Map<IncomeSource, IncomeGroup> expected = new EnumMap<>(IncomeSource.class);
        expected.put(IncomeSource.EMPLOYMENT, IncomeGroup.SELF_SUPPORT);
        expected.put(IncomeSource.SUBSIDISED_EMPLOYMENT, IncomeGroup.SELF_SUPPORT);
        expected.put(IncomeSource.STUDENT_FINANCE, IncomeGroup.SELF_SUPPORT);
        expected.put(IncomeSource.SICKNESS_BENEFIT, IncomeGroup.ILL_HEALTH);
        expected.put(IncomeSource.ACTIVITY_COMPENSATION, IncomeGroup.ILL_HEALTH);
        expected.put(IncomeSource.SICKNESS_COMPENSATION, IncomeGroup.ILL_HEALTH);
        expected.put(IncomeSource.UNEMPLOYMENT_INSURANCE, IncomeGroup.LABOUR_MARKET);
        expected.put(IncomeSource.ACTIVITY_SUPPORT, IncomeGroup.LABOUR_MARKET);
        expected.put(IncomeSource.ESTABLISHMENT_BENEFIT, IncomeGroup.LABOUR_MARKET);
        expected.put(IncomeSource.SOCIAL_ASSISTANCE, IncomeGroup.SOCIAL_ASSISTANCE);
        expected.put(IncomeSource.NO_INCOME, IncomeGroup.NONE);
        expected.put(IncomeSource.OTHER, IncomeGroup.OTHER);
        assertThat(Arrays.stream(IncomeSource.values()).collect(Collectors.toMap(s -> s, IncomeSource::group)))
            .isEqualTo(expected);
    }

    @Test
    void public_support_means_ill_health_labour_market_or_social_assistance() {
        assertThat(Arrays.stream(IncomeGroup.values()).filter(IncomeGroup::isPublicSupport))
            .containsExactly(IncomeGroup.ILL_HEALTH, IncomeGroup.LABOUR_MARKET, IncomeGroup.SOCIAL_ASSISTANCE);
        assertThat(Arrays.stream(IncomeSource.values()).filter(IncomeSource::isPublicSupport)).containsExactly(
            IncomeSource.SICKNESS_BENEFIT, IncomeSource.ACTIVITY_COMPENSATION, IncomeSource.SICKNESS_COMPENSATION,
            IncomeSource.UNEMPLOYMENT_INSURANCE, IncomeSource.ACTIVITY_SUPPORT, IncomeSource.ESTABLISHMENT_BENEFIT,
            IncomeSource.SOCIAL_ASSISTANCE);
    }

    @Test
    void exit_outcomes_map_to_their_report_groups() {
        Map<ExitOutcome, ReportGroup> expected = new EnumMap<>(ExitOutcome.class);
        expected.put(ExitOutcome.EMPLOYMENT, ReportGroup.WORK_OR_STUDIES);
        expected.put(ExitOutcome.SUBSIDISED_EMPLOYMENT, ReportGroup.WORK_OR_STUDIES);
        expected.put(ExitOutcome.STUDIES, ReportGroup.WORK_OR_STUDIES);
        expected.put(ExitOutcome.JOB_SEEKING, ReportGroup.JOB_SEEKING);
        expected.put(ExitOutcome.OTHER_SUPPORT, ReportGroup.OTHER);
        expected.put(ExitOutcome.HEALTH_CARE, ReportGroup.OTHER);
        expected.put(ExitOutcome.DISCONTINUED, ReportGroup.OTHER);
        expected.put(ExitOutcome.MOVED, ReportGroup.OTHER);
        expected.put(ExitOutcome.OTHER, ReportGroup.OTHER);
        assertThat(Arrays.stream(ExitOutcome.values()).filter(ExitOutcome::isCounted)
            .collect(Collectors.toMap(o -> o, ExitOutcome::reportGroup))).isEqualTo(expected);
    }

    @Test
    void an_erroneous_registration_is_never_counted_and_has_no_report_group() {
        assertThat(Arrays.stream(ExitOutcome.values()).filter(o -> !o.isCounted()))
            .containsExactly(ExitOutcome.ERRONEOUS_REGISTRATION);
        assertThatThrownBy(ExitOutcome.ERRONEOUS_REGISTRATION::reportGroup).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void education_levels_map_to_esf_isced_groups() {
        assertThat(Arrays.stream(EducationLevel.values()).map(EducationLevel::iscedGroup)).containsExactly(
            "ISCED 0-2", "ISCED 0-2", "ISCED 3-4", "ISCED 5-8", "ISCED 5-8", "unknown");
    }

    @Test
    void the_four_member_types_of_finsamlagen() {
        assertThat(Arrays.stream(PartyType.values()).filter(PartyType::isMemberType)).containsExactly(
            PartyType.SOCIAL_INSURANCE_AGENCY, PartyType.PUBLIC_EMPLOYMENT_SERVICE, PartyType.REGION,
            PartyType.MUNICIPALITY);
        assertThat(PartyType.SOCIAL_INSURANCE_AGENCY.swedishLabel()).isEqualTo("Försäkringskassan");
        assertThat(PartyType.PUBLIC_EMPLOYMENT_SERVICE.swedishLabel()).isEqualTo("Arbetsförmedlingen");
    }

    @Test
    void indicators_are_shares_or_counts_except_reported() {
        assertThat(Arrays.stream(IndicatorType.values()).filter(IndicatorType::isShare))
            .containsExactly(IndicatorType.EXIT_OUTCOME_SHARE, IndicatorType.SURVEY_SHARE);
        assertThat(Arrays.stream(IndicatorType.values()).filter(IndicatorType::isCount))
            .containsExactly(IndicatorType.PARTICIPANTS_STARTED, IndicatorType.EXIT_OUTCOME_COUNT);
    }

    @Test
    void label_needs_a_locale() {
        assertThatThrownBy(() -> Gender.WOMAN.label(null)).isInstanceOf(NullPointerException.class);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
    }
}

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

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.project.ImmutableTargetGroup;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.time.Period;

/** The field rules of a project (docs/format.md) and its target group. */
class ProjectRulesTest {

    private static final String RANGE_WITHIN = key("IntRangeWithin");
    private static final String RANGE_ORDER = key("RangeOrder");

    private final SamverkanDocument document = gemensammaTaget();

    @Test
    void project_id_owner_financiers_and_partners_are_ids() {
        assertValid(project(document, p -> p.withId("gt.vuxna_2008-2010").withOwner("af")));
        assertViolations(project(document, p -> p.withId("Gemensamma taget")), "/projects/0/id", ID);
        assertViolations(project(document, p -> p.withOwner("AF")), "/projects/0/owner", ID);
        assertViolations(project(document, p -> p.withFinanciers("samordningsforbundet-umea", "Umeå")),
            "/projects/0/financiers/1", ID);
        assertViolations(project(document, p -> p.withPartners("fk", "", "soc")), "/projects/0/partners/1", ID);
    }

    @Test
    void project_name_and_reference_are_texts() {
        assertValid(project(document, p -> p.withName("N".repeat(300)).withReference("R".repeat(64))));
        assertViolations(project(document, p -> p.withName("")), "/projects/0/name", BLANK);
        assertViolations(project(document, p -> p.withName("N".repeat(301))), "/projects/0/name", TOO_LONG);
        assertViolations(project(document, p -> p.withReference(" ")), "/projects/0/reference", BLANK);
        assertViolations(project(document, p -> p.withReference("R".repeat(65))), "/projects/0/reference", TOO_LONG);
    }

    @Test
    void project_period_ends_on_or_after_its_start() {
        LocalDate day = LocalDate.of(2008, 3, 1);
        assertValid(project(document, p -> p.withPeriod(Period.of(day, day))));
        assertViolations(project(document, p -> p.withPeriod(Period.of(day, day.minusDays(1)))),
            "/projects/0/period/end", key("PeriodOrder"));
    }

    @Test
    void target_group_description_is_a_text() {
        assertViolations(targetGroup(t -> t.withDescription("")), "/projects/0/targetGroup/description", BLANK);
        assertViolations(targetGroup(t -> t.withDescription("x".repeat(4001))),
            "/projects/0/targetGroup/description", TOO_LONG);
    }

    @Test
    void age_range_is_ordered_and_within_0_to_120() {
        assertValid(targetGroup(t -> t.withAgeRange(IntRange.of(0, 120))));
        assertValid(targetGroup(t -> t.withAgeRange(IntRange.of(30, 30))));
        assertViolations(targetGroup(t -> t.withAgeRange(IntRange.of(25, 121))),
            "/projects/0/targetGroup/ageRange/max", RANGE_WITHIN);
        assertViolations(targetGroup(t -> t.withAgeRange(IntRange.of(-1, 45))),
            "/projects/0/targetGroup/ageRange/min", RANGE_WITHIN);
        assertViolations(targetGroup(t -> t.withAgeRange(IntRange.of(45, 25))),
            "/projects/0/targetGroup/ageRange/max", RANGE_ORDER);
    }

    @Test
    void a_range_with_both_bounds_outside_its_limits_reports_both() {
        assertViolations(targetGroup(t -> t.withAgeRange(IntRange.of(-5, 130))),
            "/projects/0/targetGroup/ageRange/max", RANGE_WITHIN,
            "/projects/0/targetGroup/ageRange/min", RANGE_WITHIN);
    }

    @Test
    void min_authority_contacts_lies_in_0_to_4() {
        assertValid(targetGroup(t -> t.withMinAuthorityContacts(0)));
        assertValid(targetGroup(t -> t.withMinAuthorityContacts(4)));
        assertViolations(targetGroup(t -> t.withMinAuthorityContacts(-1)),
            "/projects/0/targetGroup/minAuthorityContacts", builtIn("PositiveOrZero"));
        assertViolations(targetGroup(t -> t.withMinAuthorityContacts(5)),
            "/projects/0/targetGroup/minAuthorityContacts", builtIn("Max"));
    }

    @Test
    void residence_municipalities_are_ids() {
        assertViolations(targetGroup(t -> t.withMunicipalities("umea-kommun", "Umeå")),
            "/projects/0/targetGroup/municipalities/1", ID);
    }

    @Test
    void estimated_size_and_planned_participants_are_ordered_and_not_negative() {
        assertValid(targetGroup(t -> t.withEstimatedSize(IntRange.of(0, 0)).withPlannedParticipants(IntRange.of(0, 1))));
        assertViolations(targetGroup(t -> t.withEstimatedSize(IntRange.of(-1, 300))),
            "/projects/0/targetGroup/estimatedSize/min", "se.samverkan.validation.IntRangeWithin.atLeast");
        assertViolations(targetGroup(t -> t.withPlannedParticipants(IntRange.of(100, 80))),
            "/projects/0/targetGroup/plannedParticipants/max", RANGE_ORDER);
    }

    @Test
    void range_messages_name_the_limits_in_swedish_and_english() {
        Violation violation = FieldRules.VALIDATOR.validate(targetGroup(t -> t.withAgeRange(IntRange.of(25, 121))))
            .get(0);
        org.assertj.core.api.Assertions.assertThat(violation.message())
            .isEqualTo("intervallets gränser måste ligga mellan 0 och 120");
        org.assertj.core.api.Assertions.assertThat(violation.message(java.util.Locale.ENGLISH))
            .isEqualTo("the range's bounds must lie between 0 and 120");
    }

    @Test
    void a_range_open_upwards_names_only_its_lower_limit() {
        Violation violation = FieldRules.VALIDATOR.validate(targetGroup(t -> t.withEstimatedSize(IntRange.of(-1, 300))))
            .get(0);
        org.assertj.core.api.Assertions.assertThat(violation.message()).isEqualTo("får inte vara mindre än 0");
        org.assertj.core.api.Assertions.assertThat(violation.message(java.util.Locale.ENGLISH))
            .isEqualTo("must not be less than 0");
    }

    private SamverkanDocument targetGroup(UnaryOperator<ImmutableTargetGroup> edit) {
        return project(document, p -> p.withTargetGroup(edit.apply(ImmutableTargetGroup.copyOf(p.getTargetGroup()))));
    }
}

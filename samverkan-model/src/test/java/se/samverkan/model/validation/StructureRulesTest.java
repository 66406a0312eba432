package se.samverkan.model.validation;

import static se.samverkan.model.validation.FieldRules.BLANK;
import static se.samverkan.model.validation.FieldRules.ID;
import static se.samverkan.model.validation.FieldRules.TOO_LONG;
import static se.samverkan.model.validation.FieldRules.assertValid;
import static se.samverkan.model.validation.FieldRules.assertViolations;
import static se.samverkan.model.validation.FieldRules.builtIn;
import static se.samverkan.model.validation.FieldRules.key;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.structure.ConvenerPeriod;
import se.samverkan.model.structure.GroupLevel;
import se.samverkan.model.structure.GroupMember;
import se.samverkan.model.structure.ImmutableConvener;
import se.samverkan.model.structure.ImmutableCooperationGroup;
import se.samverkan.model.structure.Meeting;
import se.samverkan.model.structure.MemberRole;

/** The field rules of cooperation groups: ids, texts, cadence, validity and convener periods. */
class StructureRulesTest {

    private static final LocalDate DECIDED = LocalDate.of(2016, 5, 20);
    private static final LocalDate FROM = LocalDate.of(2016, 5, 23);

    /** A Mysam as the Gävleborg structure describes it, with one convener until 2017-06-30. */
    private static ImmutableCooperationGroup mysam() {
        return ImmutableCooperationGroup.builder().id("mysam-gavle").name("Mysam Gävle")
            .level(GroupLevel.FIRST_LINE_MANAGERS).association("sf").addArea("gavle").reportsTo("lansledning")
            .addMembers(GroupMember.builder().party("gavle").role(MemberRole.MEMBER).note("IFO/HO/AME").build())
            .addMembers(GroupMember.builder().party("fk").role(MemberRole.MEMBER).build())
            .addConveners(ImmutableConvener.builder().party("fk")
                .period(ConvenerPeriod.builder().start(FROM).end(LocalDate.of(2017, 6, 30)).build())
                .financedBy("sammankallande").build())
            .meetingsPerYear(4).decided(DECIDED).validFrom(FROM).reviewsPerYear(2)
            .addStandingItems("Behövs SIP / gemensam kartläggning?")
            .addMeetings(Meeting.builder().date(LocalDate.of(2016, 9, 14)).addAttending("gavle", "fk").build())
            .build();
    }

    private static SamverkanDocument document(UnaryOperator<ImmutableCooperationGroup> edit) {
        return SamverkanDocument.builder().addStructures(edit.apply(mysam())).build();
    }

    @Test
    void a_group_as_the_structure_describes_it_is_valid() {
        assertValid(document(g -> g));
    }

    @Test
    void a_convener_period_may_run_until_further_notice_but_not_end_before_it_starts() {
        assertValid(document(g -> g.withConveners(ImmutableConvener.builder().party("gavle")
            .period(ConvenerPeriod.builder().start(LocalDate.of(2017, 7, 1)).build()).build())));
        assertViolations(document(g -> g.withConveners(ImmutableConvener.builder().party("gavle")
                .period(ConvenerPeriod.builder().start(FROM).end(FROM.minusDays(1)).build()).build())),
            "/structures/0/conveners/0/period/end", key("EndNotBeforeStart"));
    }

    @Test
    void valid_to_must_not_lie_before_valid_from() {
        assertValid(document(g -> g.withValidTo(FROM)));
        assertViolations(document(g -> g.withValidTo(FROM.minusDays(1))), "/structures/0/validTo",
            key("EndNotBeforeStart"));
        // Without validFrom there is nothing to compare with.
        assertValid(document(g -> g.withValidFrom(java.util.Optional.empty()).withValidTo(DECIDED.minusYears(1))));
    }

    @Test
    void ids_and_texts_follow_the_common_rules() {
        assertViolations(document(g -> g.withId("Mysam Gävle")), "/structures/0/id", ID);
        assertViolations(document(g -> g.withName(" ")), "/structures/0/name", BLANK);
        assertViolations(document(g -> g.withArea("Gävle")), "/structures/0/area/0", ID);
        assertViolations(document(g -> g.withReportsTo("/up")), "/structures/0/reportsTo", ID);
        assertViolations(document(g -> g.withMembers(GroupMember.builder().party("gavle").role(MemberRole.MEMBER)
            .note("n".repeat(301)).build())), "/structures/0/members/0/note", TOO_LONG);
        assertViolations(document(g -> g.withStandingItems(List.of(""))),
            "/structures/0/standingItems/0", BLANK);
        assertViolations(document(g -> g.withMeetings(Meeting.builder().date(FROM).addAttending("FK").build())),
            "/structures/0/meetings/0/attending/0", ID);
    }

    @Test
    void cadences_are_zero_or_more_and_at_most_one_a_day() {
        assertValid(document(g -> g.withMeetingsPerYear(0)));
        assertViolations(document(g -> g.withMeetingsPerYear(-1)), "/structures/0/meetingsPerYear",
            builtIn("PositiveOrZero"));
        assertViolations(document(g -> g.withMeetingsPerYear(367)), "/structures/0/meetingsPerYear", builtIn("Max"));
        assertViolations(document(g -> g.withReviewsPerYear(-1)), "/structures/0/reviewsPerYear",
            builtIn("PositiveOrZero"));
    }

    @Test
    void convener_periods_overlap_when_they_share_a_day() {
        ConvenerPeriod first = ConvenerPeriod.builder().start(FROM).end(LocalDate.of(2017, 6, 30)).build();
        ConvenerPeriod next = ConvenerPeriod.builder().start(LocalDate.of(2017, 7, 1)).build();
        ConvenerPeriod sameDay = ConvenerPeriod.builder().start(LocalDate.of(2017, 6, 30)).build();
        ConvenerPeriod disordered = ConvenerPeriod.builder().start(FROM).end(FROM.minusDays(1)).build();
        org.assertj.core.api.Assertions.assertThat(first.overlaps(next)).isFalse();
        org.assertj.core.api.Assertions.assertThat(first.overlaps(sameDay)).isTrue();
        org.assertj.core.api.Assertions.assertThat(sameDay.overlaps(next)).as("both open-ended").isTrue();
        org.assertj.core.api.Assertions.assertThat(disordered.overlaps(first)).isFalse();
    }

}

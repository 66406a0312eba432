package se.samverkan.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.metrics.rules.RuleAssertions.RULES;
import static se.samverkan.metrics.rules.RuleAssertions.assertFindings;
import static se.samverkan.metrics.rules.RuleAssertions.error;
import static se.samverkan.metrics.rules.RuleAssertions.warning;
import static se.samverkan.metrics.rules.RuleFixtures.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.structure.Convener;
import se.samverkan.model.structure.ConvenerPeriod;
import se.samverkan.model.structure.CooperationGroup;
import se.samverkan.model.structure.GroupLevel;
import se.samverkan.model.structure.GroupMember;
import se.samverkan.model.structure.ImmutableConvenerPeriod;
import se.samverkan.model.structure.ImmutableCooperationGroup;
import se.samverkan.model.structure.Meeting;
import se.samverkan.model.structure.MemberRole;

/**
 * The rules on cooperation structures: STRUCTURE_CYCLE, CONVENER_NOT_MEMBER, CONVENERS_OVERLAP,
 * GROUP_MISSING_MEMBER_TYPE, AREA_OUTSIDE_ASSOCIATION, MEETINGS_BELOW_PLAN, and UNKNOWN_REFERENCE,
 * DUPLICATE_ID and DUPLICATE_REFERENCE for the groups' references and ids. Each fires at its exact pointer and stays silent on the
 * consistent structure of {@link #structure()}.
 */
class StructureRulesTest {

    private static final int LANSLEDNING = 0;
    private static final int MYSAM = 1;
    private static final int TRISAM = 2;

    private static GroupMember member(String party, MemberRole role) {
        return GroupMember.builder().party(party).role(role).build();
    }

    private static Convener convener(String party, String start, String end) {
        ImmutableConvenerPeriod.Builder period = ConvenerPeriod.builder().start(LocalDate.parse(start));
        if (end != null) {
            period.end(LocalDate.parse(end));
        }
        return Convener.builder().party(party).period(period.build()).build();
    }

    private static Meeting meeting(String date, String... attending) {
        return Meeting.builder().date(LocalDate.parse(date)).addAttending(attending).build();
    }

    /**
     * The förbund "sf" of the fixtures with a county leadership, a Mysam for kommun-a (its municipality
     * member is the unit "soc" under kommun-a) and a Trisam under it. The Mysam meets four times in 2017
     * and once in 2018 (on 2018-03-01, the latest date of the structure: 2018 is not yet over).
     */
    static List<CooperationGroup> structure() {
        CooperationGroup lansledning = CooperationGroup.builder().id("lansledning").name("Länsledning")
            .level(GroupLevel.COUNTY_LEADERSHIP).association("sf")
            .addMembers(member("fk", MemberRole.ADJUNCT), member("af", MemberRole.ADJUNCT),
                member("region", MemberRole.MEMBER), member("kommun-a", MemberRole.MEMBER),
                member("kommun-b", MemberRole.MEMBER))
            .meetingsPerYear(2).decided(LocalDate.parse("2016-05-20")).build();
        CooperationGroup mysam = CooperationGroup.builder().id("mysam-a").name("Mysam A")
            .level(GroupLevel.FIRST_LINE_MANAGERS).association("sf").addArea("kommun-a").reportsTo("lansledning")
            .addMembers(member("soc", MemberRole.MEMBER), member("af", MemberRole.MEMBER),
                member("region", MemberRole.MEMBER), member("fk", MemberRole.MEMBER), member("sf", MemberRole.GUEST))
            .addConveners(Convener.builder().from(convener("fk", "2016-05-23", "2017-06-30")).financedBy("proj").build(),
                convener("soc", "2017-07-01", null))
            .meetingsPerYear(4).validFrom(LocalDate.parse("2016-05-23"))
            .addMeetings(meeting("2017-02-01", "soc", "af"), meeting("2017-05-03", "fk"),
                meeting("2017-09-06", "region"), meeting("2017-11-29", "soc", "sf"), meeting("2018-03-01", "soc"))
            .build();
        CooperationGroup trisam = CooperationGroup.builder().id("trisam-a").name("Trisam A")
            .level(GroupLevel.CASE_OFFICERS).association("sf").addArea("kommun-a").reportsTo("mysam-a")
            .addMembers(member("fk", MemberRole.MEMBER), member("af", MemberRole.MEMBER),
                member("region", MemberRole.MEMBER), member("kommun-a", MemberRole.MEMBER))
            .meetingsPerYear(0).build();
        return List.of(lansledning, mysam, trisam);
    }

    static ImmutableSamverkanDocument withGroup(int index, UnaryOperator<ImmutableCooperationGroup> change) {
        List<CooperationGroup> groups = new ArrayList<>(structure());
        groups.set(index, change.apply(ImmutableCooperationGroup.copyOf(groups.get(index))));
        return document().withStructures(groups);
    }

    @Test
    void the_consistent_structure_breaks_no_rule() {
        assertFindings(document().withStructures(structure())).isEmpty();
    }

    @Nested
    class UnknownReference {

        @Test
        void every_reference_of_a_group_is_checked() {
            assertFindings(withGroup(MYSAM, g -> g.withAssociation("sf-x").withArea("kommun-x").withReportsTo("grupp-x")
                    .withMembers(member("soc", MemberRole.MEMBER), member("af", MemberRole.MEMBER),
                        member("region", MemberRole.MEMBER), member("fk", MemberRole.MEMBER),
                        member("okand", MemberRole.GUEST))
                    .withConveners(Convener.builder().from(convener("soc", "2016-05-23", null)).financedBy("proj-x")
                        .build(), convener("okand-2", "2015-01-01", "2015-12-31"))
                    .withMeetings(meeting("2016-06-01", "soc", "okand-3"))))
                .containsExactly(
                    error(Rule.UNKNOWN_REFERENCE, "/structures/1/association"),
                    error(Rule.UNKNOWN_REFERENCE, "/structures/1/area/0"),
                    error(Rule.UNKNOWN_REFERENCE, "/structures/1/reportsTo"),
                    error(Rule.UNKNOWN_REFERENCE, "/structures/1/members/4/party"),
                    error(Rule.UNKNOWN_REFERENCE, "/structures/1/conveners/0/financedBy"),
                    error(Rule.UNKNOWN_REFERENCE, "/structures/1/conveners/1/party"),
                    error(Rule.UNKNOWN_REFERENCE, "/structures/1/meetings/0/attending/1"));
        }

        @Test
        void report_to_names_a_group_not_a_party() {
            Finding finding = RULES.check(withGroup(TRISAM, g -> g.withReportsTo("kommun-a"))).get(0);
            assertThat(finding.path()).isEqualTo("/structures/2/reportsTo");
            assertThat(finding.message(Locale.ENGLISH))
                .isEqualTo("id \"kommun-a\" refers to no cooperation group of the document");
            assertThat(finding.message()).isEqualTo("id \"kommun-a\" hänvisar inte till någon samverkansgrupp i dokumentet");
        }
    }

    @Nested
    class DuplicateId {

        @Test
        void two_groups_with_one_id() {
            assertFindings(withGroup(TRISAM, g -> g.withId("mysam-a").withReportsTo("lansledning")))
                .containsExactly(error(Rule.DUPLICATE_ID, "/structures/2/id"));
        }

        @Test
        void a_group_may_share_its_id_with_a_party() {
            assertFindings(withGroup(TRISAM, g -> g.withId("kommun-a"))).isEmpty();
        }
    }

    @Nested
    class DuplicateReference {

        /** The group with more members listed after its own. */
        private static ImmutableCooperationGroup plus(ImmutableCooperationGroup group, GroupMember... more) {
            List<GroupMember> members = new ArrayList<>(group.getMembers());
            members.addAll(List.of(more));
            return group.withMembers(members);
        }

        @Test
        void each_later_listing_of_a_member_is_reported_at_its_party() {
            // Mysam: soc, af, region, fk, sf (0–4), then af again (5) and sf again (6).
            ImmutableSamverkanDocument document = withGroup(MYSAM, g -> g.withMembers(member("soc", MemberRole.MEMBER),
                member("af", MemberRole.MEMBER), member("region", MemberRole.MEMBER), member("fk", MemberRole.MEMBER),
                member("sf", MemberRole.GUEST), member("af", MemberRole.GUEST), member("sf", MemberRole.MEMBER)));
            assertFindings(document).containsExactly(
                warning(Rule.DUPLICATE_REFERENCE, "/structures/1/members/5/party"),
                warning(Rule.DUPLICATE_REFERENCE, "/structures/1/members/6/party"));
            assertThat(RULES.check(document).get(0).message(Locale.ENGLISH)).isEqualTo("\"af\" is named again; the list "
                + "already names it at /structures/1/members/1/party, and this mention is ignored");
        }

        @Test
        void the_first_role_wins_for_the_member_types() {
            // fk is first a guest, then a member: it keeps the guest role, so the Trisam has no
            // Försäkringskassan among its members and adjuncts.
            ImmutableSamverkanDocument document = withGroup(TRISAM, g -> g.withMembers(member("fk", MemberRole.GUEST),
                member("af", MemberRole.MEMBER), member("region", MemberRole.MEMBER), member("kommun-a", MemberRole.MEMBER),
                member("fk", MemberRole.MEMBER)));
            assertFindings(document).containsExactly(
                warning(Rule.GROUP_MISSING_MEMBER_TYPE, "/structures/2/members"),
                warning(Rule.DUPLICATE_REFERENCE, "/structures/2/members/4/party"));
            assertThat(RULES.check(document).get(0).message(Locale.ENGLISH))
                .isEqualTo("the group has no member or adjunct of type: Social Insurance Agency");
        }

        @Test
        void a_party_listed_twice_is_one_member_for_its_conveners() {
            // fk listed again as a guest (index 4) and convening: it is a member (first role MEMBER).
            assertFindings(withGroup(TRISAM, g -> plus(g, member("fk", MemberRole.GUEST))
                .withConveners(convener("fk", "2016-05-23", null))))
                .containsExactly(warning(Rule.DUPLICATE_REFERENCE, "/structures/2/members/4/party"));
        }

        @Test
        void an_unknown_party_listed_twice_is_one_unknown_reference() {
            assertFindings(withGroup(TRISAM, g -> plus(g, member("okand", MemberRole.GUEST),
                    member("okand", MemberRole.ADJUNCT))
                .withArea("kommun-x", "kommun-a", "kommun-x")))
                .containsExactly(
                    error(Rule.UNKNOWN_REFERENCE, "/structures/2/area/0"),
                    warning(Rule.DUPLICATE_REFERENCE, "/structures/2/area/2"),
                    error(Rule.UNKNOWN_REFERENCE, "/structures/2/members/4/party"),
                    warning(Rule.DUPLICATE_REFERENCE, "/structures/2/members/5/party"));
        }

        @Test
        void a_municipality_outside_the_association_named_twice_in_the_area_is_one_area_finding() {
            List<Party> parties = new ArrayList<>(RuleFixtures.parties());
            parties.add(RuleFixtures.party("kommun-c", PartyType.MUNICIPALITY));
            ImmutableSamverkanDocument document =
                withGroup(TRISAM, g -> g.withArea("kommun-c", "kommun-a", "kommun-c", "kommun-a")).withParties(parties);
            assertFindings(document).containsExactly(
                warning(Rule.AREA_OUTSIDE_ASSOCIATION, "/structures/2/area/0"),
                warning(Rule.DUPLICATE_REFERENCE, "/structures/2/area/2"),
                warning(Rule.DUPLICATE_REFERENCE, "/structures/2/area/3"));
            assertThat(RULES.check(document).get(2).message(Locale.ENGLISH)).isEqualTo("\"kommun-a\" is named again; "
                + "the list already names it at /structures/2/area/1, and this mention is ignored");
        }

        @Test
        void the_same_party_in_several_groups_or_in_a_group_s_members_and_area_is_no_duplicate() {
            // kommun-a is a member of the county leadership and of the Trisam, and the Trisam's area.
            assertFindings(withGroup(TRISAM, g -> plus(g.withArea("kommun-a"), member("kommun-b", MemberRole.GUEST)))).isEmpty();
        }
    }

    @Nested
    class StructureCycle {

        @Test
        void every_group_on_the_cycle_is_reported_and_none_leading_into_it() {
            // trisam-a -> mysam-a -> lansledning -> mysam-a: the cycle is mysam-a and lansledning.
            ImmutableSamverkanDocument document = withGroup(LANSLEDNING, g -> g.withReportsTo("mysam-a"));
            assertFindings(document).containsExactly(
                error(Rule.STRUCTURE_CYCLE, "/structures/0/reportsTo"),
                error(Rule.STRUCTURE_CYCLE, "/structures/1/reportsTo"));
            assertThat(RULES.check(document).get(0).message(Locale.ENGLISH))
                .isEqualTo("the group \"lansledning\" reports, through \"mysam-a\" → \"lansledning\", back to itself");
        }

        @Test
        void a_group_reporting_to_itself() {
            assertFindings(withGroup(TRISAM, g -> g.withReportsTo("trisam-a")))
                .containsExactly(error(Rule.STRUCTURE_CYCLE, "/structures/2/reportsTo"));
        }

        @Test
        void a_chain_that_ends_is_no_cycle() {
            assertFindings(withGroup(LANSLEDNING, g -> g.withReportsTo("trisam-b"))).containsExactly(
                error(Rule.UNKNOWN_REFERENCE, "/structures/0/reportsTo"));
        }
    }

    @Nested
    class ConvenerNotMember {

        @Test
        void a_convener_outside_the_group() {
            assertFindings(withGroup(TRISAM, g -> g.withConveners(convener("kommun-b", "2016-05-23", null))))
                .containsExactly(error(Rule.CONVENER_NOT_MEMBER, "/structures/2/conveners/0/party"));
        }

        @Test
        void a_guest_or_adjunct_may_convene() {
            assertFindings(withGroup(MYSAM, g -> g.withConveners(convener("sf", "2016-05-23", null)))).isEmpty();
            assertFindings(withGroup(LANSLEDNING, g -> g.withConveners(convener("fk", "2016-05-23", null)))).isEmpty();
        }
    }

    @Nested
    class ConvenersOverlap {

        @Test
        void sharing_a_day_is_an_overlap_reported_at_the_later_start() {
            // Listed later but starting earlier: the first convener (2017-06-30–) is the later one.
            assertFindings(withGroup(MYSAM, g -> g.withConveners(convener("soc", "2017-06-30", null),
                    convener("fk", "2016-05-23", "2017-06-30"))))
                .containsExactly(warning(Rule.CONVENERS_OVERLAP, "/structures/1/conveners/0/period"));
        }

        @Test
        void every_pair_is_named_once_at_its_later_convener() {
            // Pairs (0,1) at 1, (0,2) and (1,2) at 2: one finding at 2 naming both earlier conveners.
            ImmutableSamverkanDocument document = withGroup(MYSAM, g -> g.withConveners(
                convener("fk", "2016-05-23", null), convener("soc", "2017-07-01", null),
                convener("af", "2018-01-01", "2018-02-28")));
            assertFindings(document).containsExactly(
                warning(Rule.CONVENERS_OVERLAP, "/structures/1/conveners/1/period"),
                warning(Rule.CONVENERS_OVERLAP, "/structures/1/conveners/2/period"));
            assertThat(RULES.check(document).get(1).message(Locale.ENGLISH)).isEqualTo("the period 2018-01-01–2018-02-28 "
                + "of this convener overlaps the periods of earlier conveners: /structures/1/conveners/0 (2016-05-23–), "
                + "/structures/1/conveners/1 (2017-07-01–)");
        }

        @Test
        void consecutive_periods_do_not_overlap() {
            assertFindings(withGroup(MYSAM, g -> g.withConveners(convener("fk", "2016-05-23", "2017-06-30"),
                convener("soc", "2017-07-01", "2018-06-30"), convener("af", "2018-07-01", null)))).isEmpty();
        }
    }

    @Nested
    class GroupMissingMemberType {

        @Test
        void a_mysam_without_the_public_employment_service_as_member_or_adjunct() {
            ImmutableSamverkanDocument document = withGroup(MYSAM, g -> g.withMembers(member("soc", MemberRole.MEMBER),
                member("af", MemberRole.GUEST), member("region", MemberRole.MEMBER), member("fk", MemberRole.ADJUNCT)));
            assertFindings(document).containsExactly(warning(Rule.GROUP_MISSING_MEMBER_TYPE, "/structures/1/members"));
            Finding finding = RULES.check(document).get(0);
            assertThat(finding.message(Locale.ENGLISH))
                .isEqualTo("the group has no member or adjunct of type: Public Employment Service");
            assertThat(finding.message()).isEqualTo("gruppen har ingen ledamot eller adjungerad av typen: Arbetsförmedlingen");
        }

        @Test
        void a_trisam_without_a_municipality() {
            assertFindings(withGroup(TRISAM, g -> g.withMembers(member("fk", MemberRole.MEMBER),
                    member("af", MemberRole.MEMBER), member("region", MemberRole.MEMBER))))
                .containsExactly(warning(Rule.GROUP_MISSING_MEMBER_TYPE, "/structures/2/members"));
        }

        @Test
        void the_county_leadership_is_not_checked() {
            assertFindings(withGroup(LANSLEDNING, g -> g.withMembers(member("region", MemberRole.MEMBER)))).isEmpty();
        }
    }

    @Nested
    class AreaOutsideAssociation {

        @Test
        void a_municipality_that_is_no_member() {
            List<Party> parties = new ArrayList<>(RuleFixtures.parties());
            parties.add(RuleFixtures.party("kommun-c", PartyType.MUNICIPALITY));
            assertFindings(withGroup(TRISAM, g -> g.withArea("kommun-a", "kommun-c")).withParties(parties))
                .containsExactly(warning(Rule.AREA_OUTSIDE_ASSOCIATION, "/structures/2/area/1"));
        }

        @Test
        void a_unit_under_a_member_is_inside_and_an_unknown_association_is_not_checked() {
            assertFindings(withGroup(TRISAM, g -> g.withArea("soc"))).isEmpty();
            List<Party> parties = new ArrayList<>(RuleFixtures.parties());
            parties.add(RuleFixtures.party("sf-2", PartyType.COORDINATION_ASSOCIATION));
            assertFindings(withGroup(TRISAM, g -> g.withAssociation("sf-2").withArea("kommun-a", "fk"))
                .withParties(parties)).isEmpty();
        }
    }

    @Nested
    class MeetingsBelowPlan {

        @Test
        void a_whole_year_with_fewer_meetings_than_planned() {
            // As of 2018-03-01 (the latest date of sf's groups), 2017 is a whole year of validity: 3 of 4.
            ImmutableSamverkanDocument document = withGroup(MYSAM, g -> g.withMeetings(meeting("2017-02-01", "soc"),
                meeting("2017-05-03", "fk"), meeting("2017-09-06", "region"), meeting("2018-03-01", "soc")));
            assertFindings(document).containsExactly(warning(Rule.MEETINGS_BELOW_PLAN, "/structures/1/meetings"));
            Finding finding = RULES.check(document).get(0);
            assertThat(finding.message(Locale.ENGLISH))
                .isEqualTo("the group held fewer meetings than the 4 planned a year in: 2017 (3) (year and meetings held)");
            assertThat(finding.message())
                .isEqualTo("gruppen höll färre än de 4 planerade mötena per år under: 2017 (3) (år och antal hållna möten)");
        }

        @Test
        void one_finding_per_group_naming_every_year() {
            // Meetings only in 2016 and 2019: 2017 and 2018 are whole years with none; 2016 began on
            // 2016-05-23 (not whole), 2019 ends after the as-of date 2019-01-10.
            ImmutableSamverkanDocument document = withGroup(MYSAM, g -> g.withMeetings(meeting("2016-09-01", "soc"),
                meeting("2019-01-10", "soc")));
            assertFindings(document).containsExactly(warning(Rule.MEETINGS_BELOW_PLAN, "/structures/1/meetings"));
            assertThat(RULES.check(document).get(0).message(Locale.ENGLISH)).contains("in: 2017 (0), 2018 (0) (");
        }

        @Test
        void a_year_not_yet_over_a_part_year_or_a_group_without_meetings_is_not_checked() {
            // Only 2018-03-01 recorded: 2017 had no meetings but then the as-of is 2018-03-01 and 2017 is
            // whole, so move the validity: valid from 2017-03-01, 2017 is no whole year.
            assertFindings(withGroup(MYSAM, g -> g.withValidFrom(LocalDate.parse("2017-03-01"))
                .withMeetings(meeting("2018-03-01", "soc")))).isEmpty();
            // The county leadership plans two a year but records no meetings.
            assertFindings(withGroup(LANSLEDNING, g -> g.withValidFrom(LocalDate.parse("2010-01-01")))).isEmpty();
        }

        @Test
        void a_validity_ending_before_a_year_ends_leaves_that_year_unchecked() {
            // validTo 2017-11-30: 2017 is not wholly inside the validity, so 3 meetings in it are not below plan.
            assertFindings(withGroup(MYSAM, g -> g.withValidTo(LocalDate.parse("2017-11-30"))
                .withMeetings(meeting("2017-02-01", "soc"), meeting("2017-05-03", "fk"), meeting("2017-09-06", "soc"))))
                .isEmpty();
        }
    }
}

package se.samverkan.metrics.structures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.structure.CooperationGroup;
import se.samverkan.model.structure.GroupLevel;
import se.samverkan.model.structure.GroupMember;
import se.samverkan.model.structure.ImmutableCooperationGroup;
import se.samverkan.model.structure.Meeting;
import se.samverkan.model.structure.MemberRole;

/** The structure figures on small documents whose every number is worked out in the comments. */
class StructureFiguresTest {

    private static final StructureFigures FIGURES = StructureFigures.create();

    private static Party party(String id, PartyType type, String parent) {
        var builder = Party.builder().id(id).name("Part " + id).type(type);
        if (parent != null) {
            builder.parent(parent);
        }
        return builder.build();
    }

    private static final List<Party> PARTIES = List.of(party("fk", PartyType.SOCIAL_INSURANCE_AGENCY, null),
        party("af", PartyType.PUBLIC_EMPLOYMENT_SERVICE, null), party("region", PartyType.REGION, null),
        party("kommun-a", PartyType.MUNICIPALITY, null), party("kommun-b", PartyType.MUNICIPALITY, null),
        party("soc", PartyType.OTHER_PUBLIC, "kommun-a"), party("sf", PartyType.COORDINATION_ASSOCIATION, null));

    private static final CoordinationAssociation SF = CoordinationAssociation.builder().id("sf")
        .addMembers("fk", "af", "region", "kommun-b", "kommun-a", "kommun-b", "soc").build();

    private static GroupMember member(String party, MemberRole role) {
        return GroupMember.builder().party(party).role(role).build();
    }

    private static Meeting meeting(String date, String... attending) {
        return Meeting.builder().date(LocalDate.parse(date)).addAttending(attending).build();
    }

    private static SamverkanDocument document(CooperationGroup... groups) {
        return SamverkanDocument.builder().parties(PARTIES).addAssociations(SF).addStructures(groups).build();
    }

    @Test
    void attendance_is_rounded_half_even_and_a_type_without_members_is_empty() {
        // Four MEMBERs (fk, af, region, soc = a municipality through kommun-a) and four meetings in 2020 with
        // one member present in all: 100 × 1 / 16 = 6.25 → 6.2 (half-even), then 3 of 16: 18.75 → 18.8.
        CooperationGroup one = CooperationGroup.builder().id("g").name("G").level(GroupLevel.FIRST_LINE_MANAGERS)
            .association("sf").addMembers(member("fk", MemberRole.MEMBER), member("af", MemberRole.MEMBER),
                member("region", MemberRole.MEMBER), member("soc", MemberRole.MEMBER))
            .meetingsPerYear(4)
            .addMeetings(meeting("2020-01-10", "fk"), meeting("2020-04-10"), meeting("2020-07-10"),
                meeting("2020-10-10"))
            .build();
        GroupYear year = FIGURES.compute(document(one)).get(0).groups().get(0).years().get(0);
        assertThat(year.year()).isEqualTo(2020);
        assertThat(year.held()).isEqualTo(4);
        assertThat(year.attendance()).contains(new BigDecimal("6.2"));
        // fk 1 of 4 meetings = 25.0; the others 0.0; the unit soc counts as a municipality.
        assertThat(year.attendanceByType().values()).containsExactly(Optional.of(new BigDecimal("25.0")),
            Optional.of(new BigDecimal("0.0")), Optional.of(new BigDecimal("0.0")), Optional.of(new BigDecimal("0.0")));

        CooperationGroup three = ImmutableCooperationGroup.copyOf(one).withMeetings(meeting("2020-01-10", "fk", "af", "region"),
            meeting("2020-04-10"), meeting("2020-07-10"), meeting("2020-10-10"));
        assertThat(FIGURES.compute(document(three)).get(0).groups().get(0).years().get(0).attendance())
            .contains(new BigDecimal("18.8"));

        // Without a municipal MEMBER that type is empty; fk present at the one meeting: 100.0.
        CooperationGroup noMunicipality = ImmutableCooperationGroup.copyOf(one).withMembers(member("fk", MemberRole.MEMBER),
            member("soc", MemberRole.ADJUNCT)).withMeetings(meeting("2020-01-10", "fk", "soc"));
        GroupYear only = FIGURES.compute(document(noMunicipality)).get(0).groups().get(0).years().get(0);
        assertThat(only.attendance()).contains(new BigDecimal("100.0"));
        assertThat(only.attendanceByType().get(PartyType.MUNICIPALITY)).isEmpty();
    }

    @Test
    void an_attendant_counts_once_by_exact_id_and_a_party_listed_twice_keeps_its_first_role() {
        // fk is listed first as MEMBER then as GUEST: a member. af first as GUEST: not a member. MEMBERs: fk,
        // region. Meeting: fk twice, af, "FK" (no such id): 1 of 2 = 50.0.
        CooperationGroup group = CooperationGroup.builder().id("g").name("G").level(GroupLevel.OTHER)
            .addMembers(member("fk", MemberRole.MEMBER), member("fk", MemberRole.GUEST), member("af", MemberRole.GUEST),
                member("af", MemberRole.MEMBER), member("region", MemberRole.MEMBER))
            .meetingsPerYear(1).addMeetings(meeting("2021-03-01", "fk", "fk", "af", "FK")).build();
        GroupYear year = FIGURES.compute(document(group)).get(0).groups().get(0).years().get(0);
        assertThat(year.attendance()).contains(new BigDecimal("50.0"));
        assertThat(year.attendanceByType().get(PartyType.PUBLIC_EMPLOYMENT_SERVICE)).isEmpty();
    }

    @Test
    void years_run_from_the_start_to_the_as_of_date_with_zeros_and_later_meetings_left_out() {
        // Valid from 2017-06-01; meetings in 2017 and 2020; as of 2019-12-31: years 2017, 2018, 2019 with
        // 1, 0, 0 held; the 2020 meeting lies after the as-of date.
        CooperationGroup group = CooperationGroup.builder().id("g").name("G").level(GroupLevel.OTHER)
            .association("sf").addMembers(member("fk", MemberRole.MEMBER)).meetingsPerYear(2)
            .validFrom(LocalDate.parse("2017-06-01"))
            .addMeetings(meeting("2017-09-01", "fk"), meeting("2020-02-01", "fk")).build();
        AssociationStructure forbund = StructureFigures.asOf(Optional.of(LocalDate.parse("2019-12-31")))
            .compute(document(group)).get(0);
        assertThat(forbund.asOf()).contains(LocalDate.parse("2019-12-31"));
        assertThat(forbund.groups().get(0).years()).extracting(GroupYear::year, GroupYear::held, GroupYear::planned)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(2017, 1, 2), org.assertj.core.groups.Tuple.tuple(2018, 0, 2),
                org.assertj.core.groups.Tuple.tuple(2019, 0, 2));
        assertThat(forbund.groups().get(0).years().get(1).attendance()).as("no meeting held").isEmpty();
    }

    @Test
    void coverage_lists_the_distinct_municipal_members_in_member_order_with_every_level() {
        // Members of type municipality, in order and once each: kommun-b, kommun-a, soc (a unit of
        // kommun-a but a member of its own: its chain ends at a municipality, so it is listed too; an area
        // must name it to cover it).
        // The county leadership (no area) covers all; the Mysam names kommun-a only; the Trisam is valid
        // only until 2019-12-31, before the default as-of date 2020-05-01 (the Mysam's validFrom).
        CooperationGroup lansledning = CooperationGroup.builder().id("l").name("L").level(GroupLevel.COUNTY_LEADERSHIP)
            .association("sf").meetingsPerYear(2).build();
        CooperationGroup mysam = CooperationGroup.builder().id("m").name("M").level(GroupLevel.FIRST_LINE_MANAGERS)
            .association("sf").addArea("kommun-a").meetingsPerYear(4).validFrom(LocalDate.parse("2020-05-01")).build();
        CooperationGroup trisam = CooperationGroup.builder().id("t").name("T").level(GroupLevel.CASE_OFFICERS)
            .association("sf").addArea("kommun-b").meetingsPerYear(0).validTo(LocalDate.parse("2019-12-31")).build();
        AssociationStructure forbund = FIGURES.compute(document(lansledning, mysam, trisam)).get(0);
        assertThat(forbund.asOf()).contains(LocalDate.parse("2020-05-01"));
        assertThat(forbund.coverage()).extracting(MunicipalityCoverage::municipality)
            .containsExactly("kommun-b", "kommun-a", "soc");
        assertThat(forbund.coverage().get(0).levels().values()).containsExactly(true, false, false, false, false);
        assertThat(forbund.coverage().get(1).levels().values()).containsExactly(true, false, true, false, false);
        assertThat(forbund.coverage().get(2).levels().values()).containsExactly(true, false, false, false, false);
        assertThat(forbund.groups()).extracting(GroupFigures::id).containsExactly("l", "m", "t");
        assertThat(forbund.groups()).allSatisfy(g -> assertThat(g.years()).as("no meetings").isEmpty());
    }

    @Test
    void groups_without_an_association_come_last_and_without_dates_have_no_as_of() {
        CooperationGroup loose = CooperationGroup.builder().id("x").name("X").level(GroupLevel.OTHER)
            .meetingsPerYear(1).build();
        CooperationGroup other = CooperationGroup.builder().id("y").name("Y").level(GroupLevel.OTHER)
            .association("sf-okand").meetingsPerYear(1).decided(LocalDate.parse("2018-01-01")).build();
        List<AssociationStructure> figures = FIGURES.compute(document(loose, other));
        assertThat(figures).extracting(AssociationStructure::association)
            .containsExactly(Optional.of("sf-okand"), Optional.empty());
        assertThat(figures.get(0).asOf()).contains(LocalDate.parse("2018-01-01"));
        assertThat(figures.get(0).coverage()).as("the förbund is not in the document").isEmpty();
        assertThat(figures.get(1).asOf()).isEmpty();
        assertThat(figures.get(1).coverage()).isEmpty();
        assertThat(FIGURES.compute(SamverkanDocument.builder().build())).isEmpty();
    }
}

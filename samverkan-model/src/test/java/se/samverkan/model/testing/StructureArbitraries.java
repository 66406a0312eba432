package se.samverkan.model.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import se.samverkan.model.structure.Convener;
import se.samverkan.model.structure.ConvenerPeriod;
import se.samverkan.model.structure.CooperationGroup;
import se.samverkan.model.structure.GroupLevel;
import se.samverkan.model.structure.GroupMember;
import se.samverkan.model.structure.ImmutableConvener;
import se.samverkan.model.structure.ImmutableCooperationGroup;
import se.samverkan.model.structure.Meeting;
import se.samverkan.model.structure.MemberRole;

/**
 * jqwik arbitraries for cooperation groups (<i>samverkansstruktur</i>): consistent groups for the valid
 * documents of {@link ModelArbitraries}, and groups that may break any field rule.
 */
public final class StructureArbitraries {

    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2020, 12, 31);

    private StructureArbitraries() {
    }

    /**
     * Up to two groups that break no field rule and no reporting rule in a document of
     * {@link ModelArbitraries#validDocuments()}: ids {@code grupp-1}, {@code grupp-2} (the second may report
     * to the first), the förbund {@code forbund} or none, an area of distinct municipalities, members
     * Försäkringskassan, Arbetsförmedlingen, {@code region-1} and {@code kommun-1} (or its unit) with roles
     * {@code MEMBER} or {@code ADJUNCT}, the förbund as a guest now and then, at most one convener (a member),
     * possibly financed by one of the projects, meetings whose attendants are members, and
     * {@code meetingsPerYear} 0 (so no year is ever below plan).
     *
     * @param municipalities the förbund's municipality ids, not empty
     * @param projects the project ids a convening may be financed by
     * @return the arbitrary, never null
     */
    public static Arbitrary<List<CooperationGroup>> validGroups(List<String> municipalities, List<String> projects) {
        return Arbitraries.integers().between(0, 2).flatMap(count -> {
            if (count == 0) {
                return Arbitraries.just(List.<CooperationGroup>of());
            }
            List<Arbitrary<CooperationGroup>> each = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                each.add(validGroup("grupp-" + i, i == 1 ? Optional.empty() : Optional.of("grupp-1"), municipalities,
                    projects));
            }
            return Combinators.combine(each).as(List::copyOf);
        });
    }

    private static Arbitrary<CooperationGroup> validGroup(String id, Optional<String> above, List<String> municipalities,
            List<String> projects) {
        Arbitrary<List<GroupMember>> members = Combinators.combine(Arbitraries.of(MemberRole.MEMBER, MemberRole.ADJUNCT),
                Arbitraries.of(MemberRole.MEMBER, MemberRole.ADJUNCT), Arbitraries.of("kommun-1", "kommun-1.soc"),
                Arbitraries.of(true, false), ModelArbitraries.validTexts(300).optional())
            .as((fk, af, municipality, guest, note) -> {
                List<GroupMember> list = new ArrayList<>();
                list.add(GroupMember.builder().party("fk").role(fk).note(note).build());
                list.add(GroupMember.builder().party("af").role(af).build());
                list.add(GroupMember.builder().party("region-1").role(MemberRole.MEMBER).build());
                list.add(GroupMember.builder().party(municipality).role(MemberRole.MEMBER).build());
                if (guest) {
                    list.add(GroupMember.builder().party("forbund").role(MemberRole.GUEST).build());
                }
                return List.copyOf(list);
            });
        return Combinators.combine(ModelArbitraries.validTexts(300), Arbitraries.of(GroupLevel.class),
                Arbitraries.of(true, false), Arbitraries.subsetOf(municipalities), members,
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 4), meetingDates())
            .flatAs((name, level, inForbund, area, memberList, linked, reviews, dates) -> {
                List<String> present = memberList.stream().map(GroupMember::getParty).collect(Collectors.toList());
                Arbitrary<List<Meeting>> meetings = attendance(dates, present);
                Arbitrary<List<Convener>> conveners = convener(present, projects).list().ofMaxSize(1);
                Arbitrary<Optional<LocalDate>> validFrom = ModelArbitraries.datesBetween(FIRST, LAST).optional();
                return Combinators.combine(meetings, conveners, validFrom, ModelArbitraries.validTexts(300).list()
                        .ofMaxSize(2))
                    .as((meetingList, convenerList, from, items) -> ImmutableCooperationGroup.builder()
                        .id(id).name(name).level(level)
                        .association(inForbund ? Optional.of("forbund") : Optional.empty())
                        .area(municipalities.stream().filter(area::contains).collect(Collectors.toList()))
                        .reportsTo(linked ? above : Optional.empty())
                        .members(memberList).conveners(convenerList).meetingsPerYear(0)
                        .validFrom(from).validTo(from.map(date -> date.plusYears(3)))
                        .reviewsPerYear(reviews == 0 ? OptionalInt.empty() : OptionalInt.of(reviews))
                        .standingItems(items).meetings(meetingList).build());
            });
    }

    private static Arbitrary<List<LocalDate>> meetingDates() {
        return ModelArbitraries.datesBetween(FIRST, LAST).list().ofMaxSize(6)
            .map(dates -> dates.stream().sorted().collect(Collectors.toList()));
    }

    private static Arbitrary<List<Meeting>> attendance(List<LocalDate> dates, List<String> members) {
        if (dates.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        List<Arbitrary<Meeting>> each = dates.stream()
            .map(date -> Arbitraries.subsetOf(members).map(set -> (Meeting) Meeting.builder().date(date)
                .attending(members.stream().filter(set::contains).collect(Collectors.toList())).build()))
            .collect(Collectors.toList());
        return Combinators.combine(each).as(List::copyOf);
    }

    private static Arbitrary<Convener> convener(List<String> members, List<String> projects) {
        Arbitrary<Optional<String>> financedBy = projects.isEmpty() ? Arbitraries.just(Optional.empty())
            : Arbitraries.of(projects).optional();
        return Combinators.combine(Arbitraries.of(members), ModelArbitraries.datesBetween(FIRST, LAST),
                Arbitraries.integers().between(0, 900).optional(), financedBy)
            .as((party, start, days, project) -> ImmutableConvener.builder().party(party)
                .period(ConvenerPeriod.builder().start(start).end(days.map(start::plusDays)).build())
                .financedBy(project).build());
    }

    /**
     * Groups that may break any field rule (bad ids and texts, negative or huge cadences, disordered
     * validity and convener periods); references are not consistent.
     *
     * @return the arbitrary, never null
     */
    public static Arbitrary<CooperationGroup> anyGroups() {
        Arbitrary<GroupMember> member = Combinators.combine(ModelArbitraries.anyIds(), Arbitraries.of(MemberRole.class),
                ModelArbitraries.anyTexts(300).optional())
            .as((party, role, note) -> GroupMember.builder().party(party).role(role).note(note).build());
        Arbitrary<Convener> convener = Combinators.combine(ModelArbitraries.anyIds(), ModelArbitraries.dates(),
                ModelArbitraries.dates().optional(), ModelArbitraries.anyIds().optional())
            .as((party, start, end, project) -> ImmutableConvener.builder().party(party)
                .period(ConvenerPeriod.builder().start(start).end(end).build()).financedBy(project).build());
        Arbitrary<Meeting> meeting = Combinators.combine(ModelArbitraries.dates(),
                ModelArbitraries.anyIds().list().ofMaxSize(3))
            .as((date, attending) -> Meeting.builder().date(date).attending(attending).build());
        return Builders.withBuilder(ImmutableCooperationGroup::builder)
            .use(ModelArbitraries.anyIds()).in(ImmutableCooperationGroup.Builder::id)
            .use(ModelArbitraries.anyTexts(300)).in(ImmutableCooperationGroup.Builder::name)
            .use(Arbitraries.of(GroupLevel.class)).in(ImmutableCooperationGroup.Builder::level)
            .use(ModelArbitraries.anyIds()).withProbability(0.5).in(ImmutableCooperationGroup.Builder::association)
            .use(ModelArbitraries.anyIds().list().ofMaxSize(3)).in(ImmutableCooperationGroup.Builder::area)
            .use(ModelArbitraries.anyIds()).withProbability(0.5).in(ImmutableCooperationGroup.Builder::reportsTo)
            .use(member.list().ofMaxSize(4)).in(ImmutableCooperationGroup.Builder::members)
            .use(convener.list().ofMaxSize(2)).in(ImmutableCooperationGroup.Builder::conveners)
            .use(Arbitraries.integers().between(-2, 400)).in(ImmutableCooperationGroup.Builder::meetingsPerYear)
            .use(ModelArbitraries.dates()).withProbability(0.5).in(ImmutableCooperationGroup.Builder::decided)
            .use(ModelArbitraries.dates()).withProbability(0.5).in(ImmutableCooperationGroup.Builder::validFrom)
            .use(ModelArbitraries.dates()).withProbability(0.5).in(ImmutableCooperationGroup.Builder::validTo)
            .use(Arbitraries.integers().between(-1, 400)).withProbability(0.5)
            .in(ImmutableCooperationGroup.Builder::reviewsPerYear)
            .use(ModelArbitraries.anyTexts(300).list().ofMaxSize(2)).in(ImmutableCooperationGroup.Builder::standingItems)
            .use(meeting.list().ofMaxSize(3).map(list -> list.stream().sorted(Comparator.comparing(Meeting::getDate))
                .collect(Collectors.toList()))).in(ImmutableCooperationGroup.Builder::meetings)
            .build(ImmutableCooperationGroup.Builder::build);
    }
}

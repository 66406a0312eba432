package se.samverkan.metrics.structures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.samverkan.metrics.internal.GroupCalendar;
import se.samverkan.metrics.internal.PartyTree;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.structure.CooperationGroup;
import se.samverkan.model.structure.GroupLevel;

/**
 * The figures of the coordination associations' cooperation structures (<i>samverkansstruktur</i>): per
 * förbund, the coverage of each member municipality by each level, and per group and calendar year the
 * meetings held against the plan and the attendance of its members (see {@code docs/metrics.md}).
 *
 * <p>The figures are taken as of a date: the one this service is configured with, or by default, per
 * förbund, the latest date written in its groups (a meeting, {@code decided}, {@code validFrom},
 * {@code validTo}, a convener period's start or end) — never the clock, so the same document always gives
 * the same figures. The years and the default as-of date are the ones the rule on meetings below plan
 * uses.
 *
 * <p>Never throws on a document the model can build: unknown parties and associations simply count as
 * nothing. Instances are immutable and thread-safe.
 */
public final class StructureFigures {

    private static final StructureFigures DEFAULT = new StructureFigures(null);

    private final LocalDate asOf;

    private StructureFigures(LocalDate asOf) {
        this.asOf = asOf;
    }

    /**
     * The figures as of each förbund's default date.
     *
     * @return the service, never null
     */
    public static StructureFigures create() {
        return DEFAULT;
    }

    /**
     * The figures as of the given date, for every förbund; empty = each förbund's default date.
     *
     * @param date the as-of date, not null
     * @return the configured service, never null
     * @throws NullPointerException if {@code date} is null
     */
    public static StructureFigures asOf(Optional<LocalDate> date) {
        return date.map(StructureFigures::new).orElse(DEFAULT);
    }

    /**
     * The figures of every förbund that has groups, in the order each is first named by a group, then, when
     * some groups name no förbund, one last entry for them (without association and coverage).
     *
     * @param document the document, not null
     * @return the figures, empty when the document has no groups; never null, unmodifiable
     * @throws NullPointerException if {@code document} is null
     */
    public List<AssociationStructure> compute(SamverkanDocument document) {
        Objects.requireNonNull(document, "document");
        Map<Optional<String>, List<CooperationGroup>> byAssociation = new LinkedHashMap<>();
        for (CooperationGroup group : document.getStructures()) {
            if (group.getAssociation().isPresent()) {
                byAssociation.computeIfAbsent(group.getAssociation(), a -> new ArrayList<>()).add(group);
            }
        }
        for (CooperationGroup group : document.getStructures()) {
            if (group.getAssociation().isEmpty()) {
                byAssociation.computeIfAbsent(Optional.empty(), a -> new ArrayList<>()).add(group);
            }
        }
        PartyTree parties = PartyTree.of(document.getParties());
        List<AssociationStructure> result = new ArrayList<>();
        byAssociation.forEach((association, groups) -> result.add(association(document, parties, association, groups)));
        return List.copyOf(result);
    }

    private AssociationStructure association(SamverkanDocument document, PartyTree parties,
            Optional<String> association, List<CooperationGroup> groups) {
        Optional<LocalDate> date = asOf != null ? Optional.of(asOf) : GroupCalendar.defaultAsOf(groups);
        List<MunicipalityCoverage> coverage = new ArrayList<>();
        Optional<CoordinationAssociation> forbund = association.flatMap(id -> document.getAssociations().stream()
            .filter(a -> a.getId().equals(id)).findFirst());
        forbund.ifPresent(a -> {
            for (String municipality : municipalities(a, parties)) {
                coverage.add(coverage(municipality, groups, date));
            }
        });
        List<GroupFigures> figures = new ArrayList<>();
        for (CooperationGroup group : groups) {
            figures.add(new GroupFigures(group.getId(), date.map(d -> years(group, d, parties)).orElse(List.of())));
        }
        return new AssociationStructure(association, date, coverage, figures);
    }

    /** The förbund's distinct members whose (whole) chain ends at a municipality, in member order. */
    private static Set<String> municipalities(CoordinationAssociation association, PartyTree parties) {
        Set<String> municipalities = new LinkedHashSet<>();
        for (String member : association.getMembers()) {
            if (parties.effectiveType(member).filter(PartyType.MUNICIPALITY::equals).isPresent()) {
                municipalities.add(member);
            }
        }
        return municipalities;
    }

    private static MunicipalityCoverage coverage(String municipality, List<CooperationGroup> groups,
            Optional<LocalDate> date) {
        Map<GroupLevel, Boolean> levels = new EnumMap<>(GroupLevel.class);
        for (GroupLevel level : GroupLevel.values()) {
            levels.put(level, false);
        }
        for (CooperationGroup group : groups) {
            boolean inForce = date.map(d -> GroupCalendar.inForce(group, d)).orElse(true);
            boolean covers = group.getArea().isEmpty() || group.getArea().contains(municipality);
            if (inForce && covers) {
                levels.put(group.getLevel(), true);
            }
        }
        return new MunicipalityCoverage(municipality, levels);
    }

    private static List<GroupYear> years(CooperationGroup group, LocalDate date, PartyTree parties) {
        if (group.getMeetings().isEmpty()) {
            return List.of();
        }
        Attendance attendance = new Attendance(group, parties);
        List<GroupYear> years = new ArrayList<>();
        for (int year : GroupCalendar.years(group, date)) {
            var held = GroupCalendar.meetingsIn(group, year, date);
            years.add(new GroupYear(year, held.size(), group.getMeetingsPerYear(), attendance.rate(held),
                attendance.rateByType(held)));
        }
        return years;
    }
}

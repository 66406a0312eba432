package se.samverkan.cli;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.samverkan.metrics.structures.AssociationStructure;
import se.samverkan.metrics.structures.GroupFigures;
import se.samverkan.metrics.structures.GroupYear;
import se.samverkan.metrics.structures.MunicipalityCoverage;
import se.samverkan.metrics.structures.StructureFigures;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.structure.Convener;
import se.samverkan.model.structure.CooperationGroup;
import se.samverkan.model.structure.GroupLevel;
import se.samverkan.model.structure.MemberRole;

/**
 * The report's section on cooperation structures (<i>samverkansstruktur</i>), as tables per förbund: the
 * groups as a tree (each indented under the group it reports to) with their members by role and the
 * convener on the as-of date, the coverage of each member municipality by level, and the meetings held,
 * planned and attendance per group and year. The tree table carries the same structure drawn as an
 * organisation chart ({@link StructureDiagram}) for the HTML page. Empty for a document without groups.
 */
final class StructureTables {

    private final Messages messages;
    private final NumberFormat decimal;

    StructureTables(Messages messages) {
        this.messages = messages;
        this.decimal = NumberFormat.getNumberInstance(messages.locale());
        this.decimal.setMinimumFractionDigits(1);
        this.decimal.setMaximumFractionDigits(1);
    }

    List<ReportTable> tables(SamverkanDocument document) {
        Map<String, String> names = new HashMap<>();
        for (Party party : document.getParties()) {
            names.putIfAbsent(party.getId(), party.getName());
        }
        List<ReportTable> tables = new ArrayList<>();
        for (AssociationStructure association : StructureFigures.create().compute(document)) {
            String forbund = association.association().map(id -> names.getOrDefault(id, id))
                .orElse(messages.text("report.structure.noAssociation"));
            String asOf = association.asOf().map(LocalDate::toString).orElse("–");
            List<CooperationGroup> groups = document.getStructures().stream()
                .filter(g -> g.getAssociation().equals(association.association())).collect(Collectors.toList());
            tables.add(tree(forbund, asOf, groups, association.asOf(), names)
                .withFigure(diagram(forbund, asOf, groups, association.asOf(), names)));
            if (!association.coverage().isEmpty()) {
                tables.add(coverage(forbund, asOf, association.coverage(), names));
            }
            tables.add(meetings(forbund, association.groups(), groups));
        }
        return tables;
    }

    private ReportTable tree(String forbund, String asOf, List<CooperationGroup> groups, Optional<LocalDate> date,
            Map<String, String> names) {
        List<List<String>> rows = new ArrayList<>();
        Set<String> ids = groups.stream().map(CooperationGroup::getId).collect(Collectors.toSet());
        Set<String> placed = new HashSet<>();
        for (CooperationGroup group : groups) {
            boolean root = group.getReportsTo().filter(ids::contains).isEmpty();
            if (root) {
                branch(group, 0, groups, placed, rows, date, names);
            }
        }
        // Groups on a reportsTo cycle have no root: list them flat at the end.
        for (CooperationGroup group : groups) {
            if (!placed.contains(group.getId())) {
                branch(group, 0, groups, placed, rows, date, names);
            }
        }
        return new ReportTable(messages.text("report.structure.tree", forbund, asOf),
            List.of(messages.text("report.structure.group"), messages.text("report.structure.level"),
                messages.label(MemberRole.MEMBER), messages.label(MemberRole.ADJUNCT), messages.label(MemberRole.GUEST),
                messages.text("report.structure.convener")),
            rows, null, 6);
    }

    /** The structure drawn as an organisation chart, for the HTML page. */
    private ReportFigure diagram(String forbund, String asOf, List<CooperationGroup> groups, Optional<LocalDate> date,
            Map<String, String> names) {
        List<StructureDiagram.Box> boxes = new ArrayList<>();
        for (CooperationGroup group : groups) {
            List<StructureDiagram.Role> roles = new ArrayList<>();
            for (MemberRole role : MemberRole.values()) {
                List<String> parties = members(group, role, names);
                if (!parties.isEmpty()) {
                    roles.add(new StructureDiagram.Role(messages.text("report.structure.role." + role.name()), parties));
                }
            }
            boxes.add(new StructureDiagram.Box(group.getId(), group.getName(), group.getLevel(), group.getReportsTo(),
                roles, messages.text("report.structure.convener"), list(conveners(group, date, names))));
        }
        Map<GroupLevel, String> levels = new EnumMap<>(GroupLevel.class);
        for (GroupLevel level : GroupLevel.values()) {
            levels.put(level, messages.label(level));
        }
        String caption = messages.text("report.structure.chart", forbund, asOf);
        return new ReportFigure(caption, StructureDiagram.svg(caption, boxes, levels));
    }

    private void branch(CooperationGroup group, int depth, List<CooperationGroup> groups, Set<String> placed,
            List<List<String>> rows, Optional<LocalDate> date, Map<String, String> names) {
        if (!placed.add(group.getId())) {
            return;
        }
        rows.add(List.of("  ".repeat(depth) + (depth > 0 ? "└ " : "") + group.getName(), messages.label(group.getLevel()),
            list(members(group, MemberRole.MEMBER, names)), list(members(group, MemberRole.ADJUNCT, names)),
            list(members(group, MemberRole.GUEST, names)), list(conveners(group, date, names))));
        for (CooperationGroup child : groups) {
            if (child.getReportsTo().filter(group.getId()::equals).isPresent()) {
                branch(child, depth + 1, groups, placed, rows, date, names);
            }
        }
    }

    /** The names of the parties whose first listing in the group has the role, in listing order. */
    private static List<String> members(CooperationGroup group, MemberRole role, Map<String, String> names) {
        return group.roles().entrySet().stream().filter(m -> m.getValue() == role).map(Map.Entry::getKey)
            .map(id -> names.getOrDefault(id, id)).distinct().collect(Collectors.toList());
    }

    /** The names of the conveners whose period holds the as-of date (all of them when there is no date). */
    private static List<String> conveners(CooperationGroup group, Optional<LocalDate> date, Map<String, String> names) {
        return group.getConveners().stream()
            .filter(c -> date.map(d -> !d.isBefore(c.getPeriod().getStart())
                && c.getPeriod().getEnd().map(end -> !d.isAfter(end)).orElse(true)).orElse(true))
            .map(Convener::getParty).map(id -> names.getOrDefault(id, id)).distinct()
            .collect(Collectors.toList());
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "–" : String.join(", ", names);
    }

    private ReportTable coverage(String forbund, String asOf, List<MunicipalityCoverage> coverage,
            Map<String, String> names) {
        List<String> headers = new ArrayList<>(List.of(messages.text("report.structure.municipality")));
        for (GroupLevel level : GroupLevel.values()) {
            headers.add(messages.label(level));
        }
        List<List<String>> rows = new ArrayList<>();
        for (MunicipalityCoverage municipality : coverage) {
            List<String> row = new ArrayList<>(List.of(names.getOrDefault(municipality.municipality(),
                municipality.municipality())));
            municipality.levels().values()
                .forEach(covered -> row.add(messages.text(covered ? "report.yes" : "report.no")));
            rows.add(row);
        }
        return new ReportTable(messages.text("report.structure.coverage", forbund, asOf), headers, rows, null);
    }

    private ReportTable meetings(String forbund, List<GroupFigures> figures, List<CooperationGroup> groups) {
        Map<String, String> groupNames = new HashMap<>();
        groups.forEach(g -> groupNames.putIfAbsent(g.getId(), g.getName()));
        List<String> headers = new ArrayList<>(List.of(messages.text("report.structure.group"),
            messages.text("report.structure.year"), messages.text("report.structure.held"),
            messages.text("report.structure.planned"), messages.text("report.structure.attendance")));
        for (PartyType type : List.of(PartyType.SOCIAL_INSURANCE_AGENCY, PartyType.PUBLIC_EMPLOYMENT_SERVICE,
                PartyType.REGION, PartyType.MUNICIPALITY)) {
            headers.add(messages.label(type));
        }
        List<List<ReportCell>> rows = new ArrayList<>();
        for (GroupFigures group : figures) {
            for (GroupYear year : group.years()) {
                // Meetings are not people: their counts are never hidden.
                List<ReportCell> row = new ArrayList<>(List.of(
                    ReportCell.text(groupNames.getOrDefault(group.id(), group.id())),
                    ReportCell.figure(ReportCell.Kind.YEAR, BigDecimal.valueOf(year.year()), Integer.toString(year.year())),
                    ReportCell.figure(ReportCell.Kind.COUNT, BigDecimal.valueOf(year.held()), Integer.toString(year.held())),
                    ReportCell.figure(ReportCell.Kind.COUNT, BigDecimal.valueOf(year.planned()),
                        Integer.toString(year.planned())),
                    percent(year.attendance())));
                year.attendanceByType().values().forEach(rate -> row.add(percent(rate)));
                rows.add(row);
            }
        }
        return ReportTable.ofCells(messages.text("report.structure.meetings", forbund), headers, rows,
            rows.isEmpty() ? messages.text("report.structure.noMeetings") : messages.text("report.structure.note"), 2);
    }

    private ReportCell percent(Optional<BigDecimal> rate) {
        return rate.map(r -> ReportCell.figure(ReportCell.Kind.PERCENT, r, decimal.format(r) + " %"))
            .orElse(ReportCell.text("–"));
    }
}

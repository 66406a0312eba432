package se.samverkan.metrics.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.samverkan.metrics.internal.GroupCalendar;
import se.samverkan.model.structure.CooperationGroup;

/**
 * {@link Rule#MEETINGS_BELOW_PLAN}: a group that records meetings held at least {@code meetingsPerYear}
 * in every whole calendar year of its validity up to its association's default as-of date. The years and
 * the as-of date are those of the structure figures ({@link GroupCalendar}), so the rule and the figures
 * always agree. One finding per group, naming every such year with the meetings held in it (the rules
 * report each rule at most once per place).
 */
final class MeetingsBelowPlanCheck implements Check {

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<CooperationGroup> groups = index.document().getStructures();
        Map<Optional<String>, List<CooperationGroup>> byAssociation = groups.stream()
            .collect(Collectors.groupingBy(CooperationGroup::getAssociation, LinkedHashMap::new, Collectors.toList()));
        for (int i = 0; i < groups.size(); i++) {
            CooperationGroup group = groups.get(i);
            Optional<LocalDate> asOf = GroupCalendar.defaultAsOf(byAssociation.get(group.getAssociation()));
            if (group.getMeetings().isEmpty() || asOf.isEmpty()) {
                continue;
            }
            List<String> below = new ArrayList<>();
            for (int year : GroupCalendar.years(group, asOf.get())) {
                int held = GroupCalendar.meetingsIn(group, year, asOf.get()).size();
                if (held < group.getMeetingsPerYear() && GroupCalendar.wholeYearInForce(group, year, asOf.get())) {
                    below.add(year + " (" + held + ")");
                }
            }
            if (!below.isEmpty()) {
                findings.add(Rule.MEETINGS_BELOW_PLAN, Pointer.group(i).property("meetings"), "years",
                    String.join(", ", below), Integer.toString(group.getMeetingsPerYear()));
            }
        }
    }
}

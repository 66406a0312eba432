package se.samverkan.json;

import java.lang.reflect.Method;
import java.util.Map;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.structure.Convener;
import se.samverkan.model.structure.ConvenerPeriod;
import se.samverkan.model.structure.CooperationGroup;
import se.samverkan.model.structure.GroupMember;
import se.samverkan.model.structure.Meeting;

/**
 * The descriptions the generated JSON Schema carries for the cooperation structures: one per type and one
 * per property whose meaning the name alone does not give. Kept apart from {@link SchemaGeneration} so the
 * texts are easy to review.
 */
final class SchemaDescriptions {

    private static final Map<Class<?>, String> TYPES = Map.of(
        CooperationGroup.class, "A cooperation group (samverkansgrupp) of a coordination association's structure: "
            + "a county leadership, a management group, a Mysam of first-line managers or a Trisam of case officers.",
        GroupMember.class, "A party's seat in a cooperation group and its role.",
        Convener.class, "A party convening a cooperation group (sammankallande) for a period, and the intervention "
            + "that pays for the convening, if any.",
        ConvenerPeriod.class, "The period of a convener: start and end inclusive; without end it runs until "
            + "further notice (the only open-ended period of the format).",
        Meeting.class, "A meeting the group held: its date and the parties present.");

    private static final Map<String, String> PROPERTIES = Map.ofEntries(
        Map.entry(key(SamverkanDocument.class, "structures"), "The cooperation groups of the associations' "
            + "structures, written after projects and before participants."),
        Map.entry(key(CooperationGroup.class, "level"), "COUNTY_LEADERSHIP (länsledning), MANAGEMENT "
            + "(mellanchefer), FIRST_LINE_MANAGERS (Mysam), CASE_OFFICERS (Trisam) or OTHER."),
        Map.entry(key(CooperationGroup.class, "association"), "The id of the coordination association whose "
            + "structure the group belongs to."),
        Map.entry(key(CooperationGroup.class, "area"), "Party ids of the municipalities the group covers; empty "
            + "or absent = the association's whole area."),
        Map.entry(key(CooperationGroup.class, "reportsTo"), "The id of the group one level up (a Trisam reports to "
            + "its Mysam, a Mysam to the county leadership)."),
        Map.entry(key(CooperationGroup.class, "meetingsPerYear"), "The planned number of meetings a calendar year "
            + "(quarterly = 4)."),
        Map.entry(key(CooperationGroup.class, "validTo"), "The last day the group is in force; absent = until "
            + "further notice."),
        Map.entry(key(CooperationGroup.class, "reviewsPerYear"), "The planned number of reviews (avstämningar) "
            + "of the structure a year."),
        Map.entry(key(CooperationGroup.class, "meetings"), "The meetings held; the follow-up of attendance and "
            + "cadence is computed from them."),
        Map.entry(key(GroupMember.class, "role"), "MEMBER (ordinary), ADJUNCT (joins when needed or at set "
            + "times) or GUEST (always invited, not a member)."),
        Map.entry(key(Convener.class, "financedBy"), "The id of the intervention (project) that pays for the "
            + "convening."),
        Map.entry(key(Meeting.class, "attending"), "Party ids of the parties present."));

    private SchemaDescriptions() {
    }

    static String ofType(Class<?> type) {
        return TYPES.get(type);
    }

    static String ofProperty(Method method, String attribute) {
        return PROPERTIES.get(key(method.getDeclaringClass(), attribute));
    }

    private static String key(Class<?> type, String attribute) {
        return type.getSimpleName() + "." + attribute;
    }
}

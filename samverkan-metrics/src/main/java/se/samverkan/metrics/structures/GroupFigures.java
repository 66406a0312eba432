package se.samverkan.metrics.structures;

import java.util.List;
import java.util.Objects;

/**
 * The follow-up of one cooperation group (<i>samverkansgrupp</i>): its calendar years with meetings held,
 * planned and attendance.
 *
 * @param id the group's id
 * @param years the years it is followed over, ascending, years without meetings included; empty for a
 *     group that records no meetings
 */
public record GroupFigures(String id, List<GroupYear> years) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public GroupFigures {
        Objects.requireNonNull(id, "id");
        years = List.copyOf(years);
    }
}

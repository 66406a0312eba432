package se.samverkan.metrics.structures;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The structure figures of one coordination association (<i>samordningsförbund</i>), or of the groups
 * that name none.
 *
 * @param association the association's id; empty for the groups without one
 * @param asOf the date the figures are taken at; empty when the groups hold no date and none was given
 * @param coverage per member municipality, in member order, which levels cover it; empty when the
 *     association is not in the document or for the groups without one
 * @param groups the figures of each of the association's groups, in document order
 */
public record AssociationStructure(Optional<String> association, Optional<LocalDate> asOf,
        List<MunicipalityCoverage> coverage, List<GroupFigures> groups) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public AssociationStructure {
        Objects.requireNonNull(association, "association");
        Objects.requireNonNull(asOf, "asOf");
        coverage = List.copyOf(coverage);
        groups = List.copyOf(groups);
    }
}

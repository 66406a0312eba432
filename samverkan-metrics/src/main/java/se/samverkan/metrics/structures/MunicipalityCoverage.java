package se.samverkan.metrics.structures;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import se.samverkan.model.structure.GroupLevel;

/**
 * Whether each level of a förbund's structure reaches one member municipality (<i>täckning</i>): a group
 * of the level is in force at the as-of date and covers the municipality (its area names it, or is empty:
 * the whole förbund).
 *
 * @param municipality the municipality's party id
 * @param levels every level, in the order of {@link GroupLevel}, with whether it covers the municipality
 */
public record MunicipalityCoverage(String municipality, Map<GroupLevel, Boolean> levels) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a level is missing
     */
    public MunicipalityCoverage {
        Objects.requireNonNull(municipality, "municipality");
        EnumMap<GroupLevel, Boolean> copy = new EnumMap<>(GroupLevel.class);
        copy.putAll(levels);
        if (copy.size() != GroupLevel.values().length || copy.containsValue(null)) {
            throw new IllegalArgumentException("every level needs a value: " + levels);
        }
        levels = Collections.unmodifiableMap(copy);
    }
}

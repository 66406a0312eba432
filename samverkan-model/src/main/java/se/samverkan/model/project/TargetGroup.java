package se.samverkan.model.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.validation.Id;
import se.samverkan.model.validation.IntRangeWithin;
import se.samverkan.model.validation.Text;

/**
 * The target group of an intervention (<i>målgrupp</i>, docs/format.md): who it is for, their ages,
 * priority groups, how many of the parties they must already be in contact with, where they live and
 * how many there are.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class TargetGroup {

    TargetGroup() {
    }

    /** The target group as described in the application, never null. */
    @Text(max = 4000)
    public abstract String getDescription();

    /** The age range (within 0–120), never null. */
    @Valid
    @IntRangeWithin(min = 0, max = 120)
    public abstract IntRange getAgeRange();

    /** The priority groups. */
    public abstract Set<PriorityGroup> getPriorityGroups();

    /** How many of the parties a participant must already be in contact with; 0 = no requirement. */
    @PositiveOrZero
    @Max(4)
    @Value.Default
    public int getMinAuthorityContacts() {
        return 0;
    }

    /** The ids of the residence municipalities, if the group is limited to some. */
    public abstract List<@Id String> getMunicipalities();

    /** The estimated size of the population in need. */
    public abstract Optional<@Valid @IntRangeWithin(min = 0) IntRange> getEstimatedSize();

    /** The planned number of participants. */
    public abstract Optional<@Valid @IntRangeWithin(min = 0) IntRange> getPlannedParticipants();

    /**
     * A builder for a target group; {@code description} and {@code ageRange} are mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableTargetGroup.Builder builder() {
        return ImmutableTargetGroup.builder();
    }
}

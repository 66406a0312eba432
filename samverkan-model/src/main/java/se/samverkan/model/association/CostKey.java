package se.samverkan.model.association;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;
import se.samverkan.model.validation.SharesSumToOne;

/**
 * A key (<i>fördelningsnyckel</i>) that splits the regions' or the municipalities' quarter of a
 * förbund's funds among several members (Finsamlagen §5): by population, or by agreed shares that sum
 * to exactly 1 ({@link SharesSumToOne}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@SharesSumToOne
public abstract class CostKey {

    CostKey() {
    }

    /** The method, never null. */
    public abstract KeyMethod getMethod();

    /** The agreed shares, in member order; empty for a population key. */
    public abstract List<@Valid KeyShare> getShares();

    /**
     * The population key (the default).
     *
     * @return the key, never null
     */
    public static CostKey population() {
        return ImmutableCostKey.builder().method(KeyMethod.POPULATION).build();
    }

    /**
     * An agreed key with the given shares.
     *
     * @param shares the members' shares, not null
     * @return the key, never null
     * @throws NullPointerException if {@code shares} or an element is null
     */
    public static CostKey agreed(Iterable<? extends KeyShare> shares) {
        return ImmutableCostKey.builder().method(KeyMethod.AGREED).shares(shares).build();
    }

    /**
     * A builder for a key.
     *
     * @return a new builder, never null
     */
    public static ImmutableCostKey.Builder builder() {
        return ImmutableCostKey.builder();
    }
}

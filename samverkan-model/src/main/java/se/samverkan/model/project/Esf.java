package se.samverkan.model.project;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import org.immutables.value.Value;
import se.samverkan.model.money.Amount;
import se.samverkan.model.validation.NonNegative;
import se.samverkan.model.validation.Text;
import se.samverkan.model.validation.StatedAmount;

/**
 * The European Social Fund (ESF+) metadata of a co-financed intervention (<i>ESF-projekt</i>): case
 * number, programme area, specific objective, intervention type, union co-financing rate
 * (0 &lt; r ≤ 1), granted support and total budget.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Esf {

    Esf() {
    }

    /** The ESF case number (<i>diarienummer</i>), such as "2022/00116", never null. */
    @Text(max = 64)
    public abstract String getCaseNumber();

    /** The programme area (<i>programområde</i>), never null. */
    @Text(max = 300)
    public abstract String getProgrammeArea();

    /** The specific objective (<i>specifikt mål</i>), never null. */
    @Text(max = 300)
    public abstract String getSpecificObjective();

    /** The intervention type (<i>insatstyp</i>), never null. */
    @Text(max = 300)
    public abstract String getInterventionType();

    /** The union co-financing rate, 0 &lt; r ≤ 1, never null. */
    @DecimalMin(value = "0", inclusive = false, message = "{se.samverkan.validation.DecimalMin.above}")
    @DecimalMax(value = "1", message = "{se.samverkan.validation.DecimalMax.atMost}")
    public abstract BigDecimal getUnionCoFinancingRate();

    /** The granted ESF support (≥ 0), never null. */
    @NonNegative
    @StatedAmount
    public abstract Amount getGrantedSupport();

    /** The ESF total budget (≥ 0), never null. */
    @NonNegative
    @StatedAmount
    public abstract Amount getTotalBudget();

    /**
     * A builder for ESF metadata; every field is mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableEsf.Builder builder() {
        return ImmutableEsf.builder();
    }
}

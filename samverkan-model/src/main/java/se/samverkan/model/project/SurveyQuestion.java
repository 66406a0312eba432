package se.samverkan.model.project;

import org.immutables.value.Value;
import se.samverkan.model.validation.Id;
import se.samverkan.model.validation.ScaleOrder;
import se.samverkan.model.validation.Text;

/**
 * A survey question (<i>enkätfråga</i>) an intervention asks its participants, with its answer scale
 * {@code min}..{@code max} as integers (yes/no as 0..1, agreement as 1..5).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@ScaleOrder
public abstract class SurveyQuestion {

    SurveyQuestion() {
    }

    /** The question's id within its project, never null. */
    @Id
    public abstract String getId();

    /** The question as asked, never null. */
    @Text(max = 2000)
    public abstract String getText();

    /** The lowest answer on the scale. */
    public abstract int getMin();

    /** The highest answer on the scale. */
    public abstract int getMax();

    /**
     * A builder for a question; every field is mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableSurveyQuestion.Builder builder() {
        return ImmutableSurveyQuestion.builder();
    }
}

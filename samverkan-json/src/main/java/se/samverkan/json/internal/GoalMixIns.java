package se.samverkan.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import se.samverkan.model.goal.AgeBandTotal;
import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.BreakdownCell;
import se.samverkan.model.goal.GenderTotal;
import se.samverkan.model.goal.ImmutableAgeBandTotal;
import se.samverkan.model.goal.ImmutableBreakdown;
import se.samverkan.model.goal.ImmutableBreakdownCell;
import se.samverkan.model.goal.ImmutableGenderTotal;
import se.samverkan.model.goal.ImmutableGoal;
import se.samverkan.model.goal.ImmutableIndicator;
import se.samverkan.model.goal.ImmutableTarget;
import se.samverkan.model.goal.Indicator;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.goal.TargetComparator;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.time.Period;

/** Jackson mix-ins for goals (<i>mål</i>), their indicators, targets and expected breakdowns. */
final class GoalMixIns {

    private GoalMixIns() {
    }

    @JsonDeserialize(builder = ImmutableGoal.Builder.class)
    abstract static class Goal {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class GoalBuilder {
        @JsonProperty("id")
        abstract ImmutableGoal.Builder id(String id);

        @JsonProperty("title")
        abstract ImmutableGoal.Builder title(String title);

        @JsonProperty("indicator")
        abstract ImmutableGoal.Builder indicator(Indicator indicator);

        @JsonProperty("target")
        abstract ImmutableGoal.Builder target(Target target);

        @JsonProperty("baseline")
        abstract ImmutableGoal.Builder baseline(Optional<? extends BigDecimal> baseline);

        @JsonProperty("period")
        abstract ImmutableGoal.Builder period(Optional<? extends Period> period);

        @JsonProperty("breakdown")
        abstract ImmutableGoal.Builder breakdown(Optional<? extends Breakdown> breakdown);
    }

    @JsonDeserialize(builder = ImmutableIndicator.Builder.class)
    abstract static class GoalIndicator {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class GoalIndicatorBuilder {
        @JsonProperty("type")
        abstract ImmutableIndicator.Builder type(IndicatorType type);

        @JsonProperty("outcomes")
        abstract ImmutableIndicator.Builder outcomes(Iterable<ExitOutcome> elements);

        @JsonProperty("question")
        abstract ImmutableIndicator.Builder question(Optional<String> question);

        // Bound to the int overload with the Integer reader, so that a wrong value gets the same problem as
        // any other integer; null means "not given", like an absent key.
        @JsonProperty("threshold")
        @JsonSetter(nulls = Nulls.SKIP)
        abstract ImmutableIndicator.Builder threshold(int threshold);

        @JsonProperty("reported")
        abstract ImmutableIndicator.Builder reported(Optional<? extends BigDecimal> reported);

        // null means "not given", like an absent key (the model's "not stated").
        @JsonProperty("achieved")
        @JsonSetter(nulls = Nulls.SKIP)
        abstract ImmutableIndicator.Builder achieved(Boolean achieved);
    }

    @JsonDeserialize(builder = ImmutableTarget.Builder.class)
    abstract static class GoalTarget {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class GoalTargetBuilder {
        @JsonProperty("comparator")
        abstract ImmutableTarget.Builder comparator(TargetComparator comparator);

        @JsonProperty("value")
        abstract ImmutableTarget.Builder value(BigDecimal value);

        @JsonProperty("upper")
        abstract ImmutableTarget.Builder upper(Optional<? extends BigDecimal> upper);
    }

    @JsonDeserialize(builder = ImmutableBreakdown.Builder.class)
    abstract static class ExpectedBreakdown {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class ExpectedBreakdownBuilder {
        @JsonProperty("ageBands")
        abstract ImmutableBreakdown.Builder ageBands(Iterable<? extends IntRange> elements);

        @JsonProperty("cells")
        abstract ImmutableBreakdown.Builder cells(Iterable<? extends BreakdownCell> elements);

        @JsonProperty("rowTotals")
        abstract ImmutableBreakdown.Builder rowTotals(Iterable<? extends GenderTotal> elements);

        @JsonProperty("columnTotals")
        abstract ImmutableBreakdown.Builder columnTotals(Iterable<? extends AgeBandTotal> elements);

        // As threshold: the int overload, null is "not given".
        @JsonProperty("total")
        @JsonSetter(nulls = Nulls.SKIP)
        abstract ImmutableBreakdown.Builder total(int total);
    }

    @JsonDeserialize(builder = ImmutableBreakdownCell.Builder.class)
    abstract static class Cell {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class CellBuilder {
        @JsonProperty("gender")
        abstract ImmutableBreakdownCell.Builder gender(Gender gender);

        @JsonProperty("ageBand")
        abstract ImmutableBreakdownCell.Builder ageBand(int ageBand);

        @JsonProperty("value")
        abstract ImmutableBreakdownCell.Builder value(int value);
    }

    @JsonDeserialize(builder = ImmutableGenderTotal.Builder.class)
    abstract static class RowTotal {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class RowTotalBuilder {
        @JsonProperty("gender")
        abstract ImmutableGenderTotal.Builder gender(Gender gender);

        @JsonProperty("value")
        abstract ImmutableGenderTotal.Builder value(int value);
    }

    @JsonDeserialize(builder = ImmutableAgeBandTotal.Builder.class)
    abstract static class ColumnTotal {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class ColumnTotalBuilder {
        @JsonProperty("ageBand")
        abstract ImmutableAgeBandTotal.Builder ageBand(int ageBand);

        @JsonProperty("value")
        abstract ImmutableAgeBandTotal.Builder value(int value);
    }
}

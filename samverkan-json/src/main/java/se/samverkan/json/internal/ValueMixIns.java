package se.samverkan.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import se.samverkan.model.range.ImmutableIntRange;
import se.samverkan.model.time.ImmutablePeriod;

/** Jackson mix-ins for the small values: {@code Period} and {@code IntRange}. */
final class ValueMixIns {

    private ValueMixIns() {
    }

    @JsonDeserialize(builder = ImmutablePeriod.Builder.class)
    abstract static class Period {
        @JsonIgnore
        abstract boolean isOrdered();
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class PeriodBuilder {
        @JsonProperty("start")
        abstract ImmutablePeriod.Builder start(LocalDate start);

        @JsonProperty("end")
        abstract ImmutablePeriod.Builder end(LocalDate end);
    }

    @JsonDeserialize(builder = ImmutableIntRange.Builder.class)
    abstract static class IntRange {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class IntRangeBuilder {
        @JsonProperty("min")
        abstract ImmutableIntRange.Builder min(int min);

        @JsonProperty("max")
        abstract ImmutableIntRange.Builder max(int max);
    }
}

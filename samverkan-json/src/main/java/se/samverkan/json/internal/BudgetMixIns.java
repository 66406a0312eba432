package se.samverkan.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.budget.ImmutableBudget;
import se.samverkan.model.budget.ImmutableBudgetLine;
import se.samverkan.model.budget.ImmutableStatedTotal;
import se.samverkan.model.budget.StatedTotal;
import se.samverkan.model.money.Amount;

/** Jackson mix-ins for budgets (<i>budget</i>), their lines and stated totals. */
final class BudgetMixIns {

    private BudgetMixIns() {
    }

    @JsonDeserialize(builder = ImmutableBudget.Builder.class)
    abstract static class Budget {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class BudgetBuilder {
        @JsonProperty("lines")
        abstract ImmutableBudget.Builder lines(Iterable<? extends BudgetLine> elements);

        @JsonProperty("statedTotals")
        abstract ImmutableBudget.Builder statedTotals(Iterable<? extends StatedTotal> elements);

        @JsonProperty("statedGrandTotal")
        abstract ImmutableBudget.Builder statedGrandTotal(Optional<? extends Amount> statedGrandTotal);
    }

    @JsonDeserialize(builder = ImmutableBudgetLine.Builder.class)
    abstract static class Line {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class LineBuilder {
        @JsonProperty("year")
        abstract ImmutableBudgetLine.Builder year(int year);

        @JsonProperty("category")
        abstract ImmutableBudgetLine.Builder category(CostCategory category);

        @JsonProperty("item")
        abstract ImmutableBudgetLine.Builder item(String item);

        @JsonProperty("amount")
        abstract ImmutableBudgetLine.Builder amount(Amount amount);

        @JsonProperty("fundedBy")
        abstract ImmutableBudgetLine.Builder fundedBy(Optional<String> fundedBy);
    }

    @JsonDeserialize(builder = ImmutableStatedTotal.Builder.class)
    abstract static class Total {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class TotalBuilder {
        @JsonProperty("year")
        abstract ImmutableStatedTotal.Builder year(int year);

        @JsonProperty("amount")
        abstract ImmutableStatedTotal.Builder amount(Amount amount);
    }
}

package se.samverkan.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.association.Funding;
import se.samverkan.model.association.ImmutableCoordinationAssociation;
import se.samverkan.model.association.ImmutableCostKey;
import se.samverkan.model.association.ImmutableFunding;
import se.samverkan.model.association.ImmutableKeyShare;
import se.samverkan.model.association.KeyMethod;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.money.Amount;
import se.samverkan.model.money.Share;

/** Jackson mix-ins for the coordination association and its funding and cost keys. */
final class AssociationMixIns {

    private AssociationMixIns() {
    }

    @JsonDeserialize(builder = ImmutableCoordinationAssociation.Builder.class)
    abstract static class Association {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class AssociationBuilder {
        @JsonProperty("id")
        abstract ImmutableCoordinationAssociation.Builder id(String id);

        @JsonProperty("members")
        abstract ImmutableCoordinationAssociation.Builder members(Iterable<String> elements);

        @JsonProperty("funding")
        abstract ImmutableCoordinationAssociation.Builder funding(Iterable<? extends Funding> elements);

        @JsonProperty("municipalKey")
        @JsonSetter(nulls = Nulls.SKIP)
        abstract ImmutableCoordinationAssociation.Builder municipalKey(CostKey municipalKey);

        @JsonProperty("regionalKey")
        @JsonSetter(nulls = Nulls.SKIP)
        abstract ImmutableCoordinationAssociation.Builder regionalKey(CostKey regionalKey);
    }

    @JsonDeserialize(builder = ImmutableCostKey.Builder.class)
    abstract static class Key {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class KeyBuilder {
        @JsonProperty("method")
        abstract ImmutableCostKey.Builder method(KeyMethod method);

        @JsonProperty("shares")
        abstract ImmutableCostKey.Builder shares(Iterable<? extends KeyShare> elements);
    }

    @JsonDeserialize(builder = ImmutableKeyShare.Builder.class)
    abstract static class MemberShare {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class MemberShareBuilder {
        @JsonProperty("party")
        abstract ImmutableKeyShare.Builder party(String party);

        @JsonProperty("share")
        abstract ImmutableKeyShare.Builder share(Share share);
    }

    @JsonDeserialize(builder = ImmutableFunding.Builder.class)
    abstract static class YearFunding {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class YearFundingBuilder {
        @JsonProperty("year")
        abstract ImmutableFunding.Builder year(int year);

        @JsonProperty("total")
        abstract ImmutableFunding.Builder total(Amount total);

        @JsonProperty("equity")
        abstract ImmutableFunding.Builder equity(Optional<? extends Amount> equity);

        @JsonProperty("administrationBudget")
        abstract ImmutableFunding.Builder administrationBudget(Optional<? extends Amount> administrationBudget);

        @JsonProperty("administrationOutcome")
        abstract ImmutableFunding.Builder administrationOutcome(Optional<? extends Amount> administrationOutcome);
    }
}

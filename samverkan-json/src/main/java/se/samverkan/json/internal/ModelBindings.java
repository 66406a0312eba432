package se.samverkan.json.internal;

import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.AnnotationIntrospector;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;
import se.samverkan.model.DocumentOrder;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.association.Funding;
import se.samverkan.model.association.ImmutableCoordinationAssociation;
import se.samverkan.model.association.ImmutableCostKey;
import se.samverkan.model.association.ImmutableFunding;
import se.samverkan.model.association.ImmutableKeyShare;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.ImmutableBudget;
import se.samverkan.model.budget.ImmutableBudgetLine;
import se.samverkan.model.budget.ImmutableStatedTotal;
import se.samverkan.model.budget.StatedTotal;
import se.samverkan.model.goal.AgeBandTotal;
import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.BreakdownCell;
import se.samverkan.model.goal.GenderTotal;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.ImmutableAgeBandTotal;
import se.samverkan.model.goal.ImmutableBreakdown;
import se.samverkan.model.goal.ImmutableBreakdownCell;
import se.samverkan.model.goal.ImmutableGenderTotal;
import se.samverkan.model.goal.ImmutableGoal;
import se.samverkan.model.goal.ImmutableIndicator;
import se.samverkan.model.goal.ImmutableTarget;
import se.samverkan.model.goal.Indicator;
import se.samverkan.model.goal.Target;
import se.samverkan.model.money.Amount;
import se.samverkan.model.money.Share;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.ImmutableParty;
import se.samverkan.model.party.Party;
import se.samverkan.model.project.Cohort;
import se.samverkan.model.project.Esf;
import se.samverkan.model.project.FundingShare;
import se.samverkan.model.project.ImmutableCohort;
import se.samverkan.model.project.ImmutableEsf;
import se.samverkan.model.project.ImmutableFundingShare;
import se.samverkan.model.project.ImmutableParticipantCount;
import se.samverkan.model.project.ImmutableProject;
import se.samverkan.model.project.ImmutableResource;
import se.samverkan.model.project.ImmutableResourceExtent;
import se.samverkan.model.project.ImmutableSurveyQuestion;
import se.samverkan.model.project.ImmutableTargetGroup;
import se.samverkan.model.project.ParticipantCount;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.Resource;
import se.samverkan.model.project.ResourceExtent;
import se.samverkan.model.project.SurveyQuestion;
import se.samverkan.model.project.TargetGroup;
import se.samverkan.model.range.ImmutableIntRange;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.structure.Convener;
import se.samverkan.model.structure.ConvenerPeriod;
import se.samverkan.model.structure.CooperationGroup;
import se.samverkan.model.structure.GroupMember;
import se.samverkan.model.structure.ImmutableConvener;
import se.samverkan.model.structure.ImmutableConvenerPeriod;
import se.samverkan.model.structure.ImmutableCooperationGroup;
import se.samverkan.model.structure.ImmutableGroupMember;
import se.samverkan.model.structure.ImmutableMeeting;
import se.samverkan.model.structure.Meeting;
import se.samverkan.model.time.ImmutablePeriod;
import se.samverkan.model.time.Period;
import se.samverkan.model.valuation.ImmutableSourceCost;
import se.samverkan.model.valuation.ImmutableValuationParameters;
import se.samverkan.model.valuation.SourceCost;
import se.samverkan.model.valuation.ValuationParameters;

/**
 * Wires every model type into a Jackson module: the mix-ins that name each value's builder and JSON
 * properties, the builders' instantiators, the (de)serializers of money and shares, and the
 * hand-written deserializers of participants and participations; the decimals and dates of the model's
 * properties get their codecs from {@link #propertyCodecs()}, so those of other classes keep the mapper's.
 * The model itself knows nothing of Jackson.
 */
public final class ModelBindings {


    private ModelBindings() {
    }

    /**
     * Registers the whole model on the module.
     *
     * @param module the module to fill, not null
     */
    public static void register(SimpleModule module) {
        module.addDeserializer(Amount.class, new AmountCodec.Reader());
        module.addSerializer(Amount.class, new AmountCodec.Writer());
        module.addDeserializer(Share.class, new ShareCodec.Reader());
        module.addSerializer(Share.class, new ShareCodec.Writer());
        module.setDeserializerModifier(new ProblemRecovery());
        module.setSerializerModifier(new DocumentOrderWriters());

        bind(module, SamverkanDocument.class, DocumentMixIns.Document.class,
            ImmutableSamverkanDocument.Builder.class, DocumentMixIns.DocumentBuilder.class,
            ImmutableSamverkanDocument::builder);
        bind(module, Period.class, ValueMixIns.Period.class,
            ImmutablePeriod.Builder.class, ValueMixIns.PeriodBuilder.class, ImmutablePeriod::builder);
        bind(module, IntRange.class, ValueMixIns.IntRange.class,
            ImmutableIntRange.Builder.class, ValueMixIns.IntRangeBuilder.class, ImmutableIntRange::builder);
        bind(module, Party.class, PartyMixIns.Party.class,
            ImmutableParty.Builder.class, PartyMixIns.PartyBuilder.class, ImmutableParty::builder);
        bind(module, CoordinationAssociation.class, AssociationMixIns.Association.class,
            ImmutableCoordinationAssociation.Builder.class, AssociationMixIns.AssociationBuilder.class,
            ImmutableCoordinationAssociation::builder);
        bind(module, CostKey.class, AssociationMixIns.Key.class,
            ImmutableCostKey.Builder.class, AssociationMixIns.KeyBuilder.class, ImmutableCostKey::builder);
        bind(module, KeyShare.class, AssociationMixIns.MemberShare.class,
            ImmutableKeyShare.Builder.class, AssociationMixIns.MemberShareBuilder.class, ImmutableKeyShare::builder);
        bind(module, Funding.class, AssociationMixIns.YearFunding.class,
            ImmutableFunding.Builder.class, AssociationMixIns.YearFundingBuilder.class, ImmutableFunding::builder);
        bind(module, Budget.class, BudgetMixIns.Budget.class,
            ImmutableBudget.Builder.class, BudgetMixIns.BudgetBuilder.class, ImmutableBudget::builder);
        bind(module, BudgetLine.class, BudgetMixIns.Line.class,
            ImmutableBudgetLine.Builder.class, BudgetMixIns.LineBuilder.class, ImmutableBudgetLine::builder);
        bind(module, StatedTotal.class, BudgetMixIns.Total.class,
            ImmutableStatedTotal.Builder.class, BudgetMixIns.TotalBuilder.class, ImmutableStatedTotal::builder);
        bind(module, Goal.class, GoalMixIns.Goal.class,
            ImmutableGoal.Builder.class, GoalMixIns.GoalBuilder.class, ImmutableGoal::builder);
        bind(module, Indicator.class, GoalMixIns.GoalIndicator.class,
            ImmutableIndicator.Builder.class, GoalMixIns.GoalIndicatorBuilder.class, ImmutableIndicator::builder);
        bind(module, Target.class, GoalMixIns.GoalTarget.class,
            ImmutableTarget.Builder.class, GoalMixIns.GoalTargetBuilder.class, ImmutableTarget::builder);
        bind(module, Breakdown.class, GoalMixIns.ExpectedBreakdown.class,
            ImmutableBreakdown.Builder.class, GoalMixIns.ExpectedBreakdownBuilder.class, ImmutableBreakdown::builder);
        bind(module, BreakdownCell.class, GoalMixIns.Cell.class,
            ImmutableBreakdownCell.Builder.class, GoalMixIns.CellBuilder.class, ImmutableBreakdownCell::builder);
        bind(module, GenderTotal.class, GoalMixIns.RowTotal.class,
            ImmutableGenderTotal.Builder.class, GoalMixIns.RowTotalBuilder.class, ImmutableGenderTotal::builder);
        bind(module, AgeBandTotal.class, GoalMixIns.ColumnTotal.class,
            ImmutableAgeBandTotal.Builder.class, GoalMixIns.ColumnTotalBuilder.class, ImmutableAgeBandTotal::builder);
        bind(module, Project.class, ProjectMixIns.Project.class,
            ImmutableProject.Builder.class, ProjectMixIns.ProjectBuilder.class, ImmutableProject::builder);
        bind(module, TargetGroup.class, ProjectMixIns.Group.class,
            ImmutableTargetGroup.Builder.class, ProjectMixIns.GroupBuilder.class, ImmutableTargetGroup::builder);
        bind(module, Resource.class, ProjectMixIns.ProjectResource.class,
            ImmutableResource.Builder.class, ProjectMixIns.ProjectResourceBuilder.class, ImmutableResource::builder);
        bind(module, ResourceExtent.class, ProjectMixIns.Extent.class,
            ImmutableResourceExtent.Builder.class, ProjectMixIns.ExtentBuilder.class, ImmutableResourceExtent::builder);
        bind(module, FundingShare.class, ProjectMixIns.FunderShare.class,
            ImmutableFundingShare.Builder.class, ProjectMixIns.FunderShareBuilder.class,
            ImmutableFundingShare::builder);
        bind(module, Cohort.class, ProjectMixIns.ProjectCohort.class,
            ImmutableCohort.Builder.class, ProjectMixIns.ProjectCohortBuilder.class, ImmutableCohort::builder);
        bind(module, Esf.class, ProjectMixIns.EsfGrant.class,
            ImmutableEsf.Builder.class, ProjectMixIns.EsfGrantBuilder.class, ImmutableEsf::builder);
        bind(module, ParticipantCount.class, ProjectMixIns.Count.class,
            ImmutableParticipantCount.Builder.class, ProjectMixIns.CountBuilder.class,
            ImmutableParticipantCount::builder);
        bind(module, SurveyQuestion.class, ProjectMixIns.Question.class,
            ImmutableSurveyQuestion.Builder.class, ProjectMixIns.QuestionBuilder.class,
            ImmutableSurveyQuestion::builder);
        bind(module, CooperationGroup.class, StructureMixIns.Group.class,
            ImmutableCooperationGroup.Builder.class, StructureMixIns.GroupBuilder.class,
            ImmutableCooperationGroup::builder);
        bind(module, GroupMember.class, StructureMixIns.Member.class,
            ImmutableGroupMember.Builder.class, StructureMixIns.MemberBuilder.class, ImmutableGroupMember::builder);
        bind(module, Convener.class, StructureMixIns.GroupConvener.class,
            ImmutableConvener.Builder.class, StructureMixIns.GroupConvenerBuilder.class, ImmutableConvener::builder);
        bind(module, ConvenerPeriod.class, StructureMixIns.OpenPeriod.class,
            ImmutableConvenerPeriod.Builder.class, StructureMixIns.OpenPeriodBuilder.class,
            ImmutableConvenerPeriod::builder);
        bind(module, Meeting.class, StructureMixIns.GroupMeeting.class,
            ImmutableMeeting.Builder.class, StructureMixIns.GroupMeetingBuilder.class, ImmutableMeeting::builder);
        bind(module, ValuationParameters.class, ValuationMixIns.Parameters.class,
            ImmutableValuationParameters.Builder.class, ValuationMixIns.ParametersBuilder.class,
            ImmutableValuationParameters::builder);
        bind(module, SourceCost.class, ValuationMixIns.Cost.class,
            ImmutableSourceCost.Builder.class, ValuationMixIns.CostBuilder.class, ImmutableSourceCost::builder);
        // Participants make up nearly all of a large document: read by hand, not through their builders.
        bindReader(module, Participant.class, ParticipantMixIns.Participant.class, new ParticipantDeserializer());
        bindReader(module, Participation.class, ParticipantMixIns.OneParticipation.class,
            new ParticipationDeserializer());
    }

    /**
     * The introspector that gives the {@code BigDecimal} and {@code LocalDate} properties of the model's
     * types (directly, or inside an optional or a container) the model's strict codecs, and leaves every
     * other class's alone. To be appended after the mapper's own introspector, so explicit mix-in
     * annotations win.
     *
     * @return a new introspector, never null
     */
    public static AnnotationIntrospector propertyCodecs() {
        return new ModelCodecs();
    }

    /**
     * The JSON property order of a model type, as written; used to order the properties of the generated
     * JSON Schema the same way. The model decides it ({@link DocumentOrder}).
     *
     * @param valueType a model value type, such as {@code Party.class}
     * @return the property names in output order; empty for a type that is not a model value
     */
    public static List<String> propertyOrder(Class<?> valueType) {
        return DocumentOrder.of(valueType);
    }

    private static <T> void bindReader(SimpleModule module, Class<T> valueType, Class<?> valueMixIn,
            ValueDeserializer<T> reader) {
        module.setMixInAnnotation(valueType, valueMixIn);
        module.addDeserializer(valueType, reader);
    }

    private static <B> void bind(SimpleModule module, Class<?> valueType, Class<?> valueMixIn,
            Class<B> builderType, Class<?> builderMixIn, Supplier<B> builderFactory) {
        module.setMixInAnnotation(valueType, valueMixIn);
        module.setMixInAnnotation(builderType, builderMixIn);
        module.addValueInstantiator(builderType, new BuilderInstantiator(builderType, builderFactory));
    }
}

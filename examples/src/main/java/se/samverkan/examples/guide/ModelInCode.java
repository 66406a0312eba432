package se.samverkan.examples.guide;

import java.time.LocalDate;

import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.Funding;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.Indicator;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.ProjectKind;
import se.samverkan.model.project.TargetGroup;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.time.Period;

/**
 * Guide example: a förbund (<i>samordningsförbund</i>) and one of its insatser built in code with the
 * model's builders. Builders refuse only a missing mandatory field; everything else is checked afterwards
 * (see {@link ReadAndCheck}).
 */
public final class ModelInCode {

    private ModelInCode() {
    }

    /**
     * Prints the document as JSON.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println(WriteJson.toJson(document()));
    }

    /**
     * A förbund of Försäkringskassan, Arbetsförmedlingen, a region and two municipalities, with its 2026
     * funding, and one insats it finances.
     *
     * @return the document, never null
     */
    // tag::model[]
    public static SamverkanDocument document() {
        CoordinationAssociation forbund = CoordinationAssociation.builder()
            .id("sf-norr")
            .addMembers("fk", "af", "region-n", "nordby", "sydby")
            .addFunding(Funding.builder().year(2026).total(Amount.ofKronor(4_000_000)).build())
            .build();
        Project project = Project.builder()
            .id("steget")
            .name("Steget")
            .kind(ProjectKind.PROJECT)
            .orientation(Orientation.INDIVIDUAL)
            .measurement(Measurement.PERSON_LEVEL)
            .owner("nordby")
            .addFinanciers("sf-norr")
            .addPartners("af", "fk")
            .period(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
            .targetGroup(TargetGroup.builder()
                .description("Unga vuxna 18–29 år långt från arbetsmarknaden")
                .ageRange(IntRange.of(18, 29))
                .build())
            .addGoals(Goal.builder()
                .id("work")
                .title("Minst 30 % till arbete eller studier")
                .indicator(Indicator.builder()
                    .type(IndicatorType.EXIT_OUTCOME_SHARE)
                    .addOutcomes(ExitOutcome.EMPLOYMENT, ExitOutcome.STUDIES)
                    .build())
                .target(Target.atLeast(30))
                .build())
            .build();
        return SamverkanDocument.builder()
            .addParties(
                Party.builder().id("fk").name("Försäkringskassan").type(PartyType.SOCIAL_INSURANCE_AGENCY).build(),
                Party.builder().id("af").name("Arbetsförmedlingen").type(PartyType.PUBLIC_EMPLOYMENT_SERVICE).build(),
                Party.builder().id("region-n").name("Region Norr").type(PartyType.REGION).population(90_000L).build(),
                Party.builder().id("nordby").name("Nordby kommun").type(PartyType.MUNICIPALITY).population(30_000L).build(),
                Party.builder().id("sydby").name("Sydby kommun").type(PartyType.MUNICIPALITY).population(10_000L).build(),
                Party.builder().id("sf-norr").name("Samordningsförbundet Norr")
                    .type(PartyType.COORDINATION_ASSOCIATION).build())
            .addAssociations(forbund)
            .addProjects(project)
            .build();
    }
    // end::model[]
}

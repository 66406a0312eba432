package se.samverkan.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.Funding;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.budget.StatedTotal;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.Indicator;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.ProjectKind;
import se.samverkan.model.project.TargetGroup;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.time.Period;
import se.samverkan.model.validation.SamverkanValidator;
import se.samverkan.model.validation.Violation;

/**
 * Example: building an intervention (<i>insats</i>) in code with the model's builders and checking it
 * with the field rules (<i>valideringsregler</i>, docs/problems.md).
 *
 * <p>Builders fail fast only when a mandatory field is missing; every other rule is reported by
 * {@link SamverkanValidator}, so one call collects every problem of a document, each with a JSON Pointer
 * and a message in Swedish and English. Run it with
 * {@code java -cp examples/target/samverkan-cli.jar se.samverkan.examples.BuildAndValidate}.
 */
public final class BuildAndValidate {

    private BuildAndValidate() {
    }

    /**
     * Prints the violations of {@link #document(boolean)} with and without a deliberate mistake.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        SamverkanValidator validator = SamverkanValidator.create();
        System.out.println("A correct document: " + validator.validate(document(false)).size() + " violations");
        for (Violation violation : validator.validate(document(true))) {
            System.out.println(violation.rule() + " at " + violation.path() + ": "
                + violation.message(Locale.ENGLISH));
        }
    }

    /**
     * A small document in the shape of Gemensamma taget Vuxna: the parties, the förbund, the project with
     * one goal and its 2008 budget, and one participant.
     *
     * @param withMistakes when true, the participant's exit outcome has no end date and the project's
     *                     id is not a valid id, so the validator has something to report
     * @return the document, never null
     */
    public static SamverkanDocument document(boolean withMistakes) {
        Participation participation = Participation.builder()
            .project("gt-vuxna")
            .start(LocalDate.of(2008, 3, 31))
            .end(withMistakes ? null : LocalDate.of(2008, 12, 12))
            .addAuthorityContacts(PartyType.PUBLIC_EMPLOYMENT_SERVICE, PartyType.MUNICIPALITY)
            .exitOutcome(ExitOutcome.SUBSIDISED_EMPLOYMENT)
            .build();
        Project project = Project.builder()
            .id(withMistakes ? "Gemensamma taget" : "gt-vuxna")
            .name("Gemensamma taget Vuxna")
            .kind(ProjectKind.PROJECT)
            .orientation(Orientation.INDIVIDUAL)
            .measurement(Measurement.PERSON_LEVEL)
            .owner("af")
            .addFinanciers("sf-umea")
            .addPartners("fk", "umea")
            .period(Period.of(LocalDate.of(2008, 3, 1), LocalDate.of(2010, 2, 28)))
            .targetGroup(TargetGroup.builder()
                .description("Kvinnor och män 25–45 år i kontakt med minst två myndigheter")
                .ageRange(IntRange.of(25, 45))
                .minAuthorityContacts(2)
                .build())
            .addGoals(Goal.builder()
                .id("work")
                .title("Minst 40 % till arbete")
                .indicator(Indicator.builder()
                    .type(IndicatorType.EXIT_OUTCOME_SHARE)
                    .addOutcomes(ExitOutcome.EMPLOYMENT, ExitOutcome.SUBSIDISED_EMPLOYMENT)
                    .build())
                .target(Target.atLeast(BigDecimal.valueOf(40)))
                .build())
            .budget(Budget.builder()
                .addLines(line(CostCategory.STAFF, "Koordinator", 438_000))
                .addLines(line(CostCategory.EXTERNAL_SERVICES, "Handläggare socialtjänsten (50 %)", 175_000))
                .addLines(line(CostCategory.EXTERNAL_SERVICES, "Handläggare Viva (50 %)", 175_000))
                .addLines(line(CostCategory.OTHER, "Övriga kostnader", 410_000))
                .addStatedTotals(StatedTotal.of(2008, Amount.ofKronor(1_198_000)))
                .build())
            .build();
        return SamverkanDocument.builder()
            .addParties(party("fk", "Försäkringskassan", PartyType.SOCIAL_INSURANCE_AGENCY),
                party("af", "Arbetsförmedlingen", PartyType.PUBLIC_EMPLOYMENT_SERVICE),
                party("region-vb", "Västerbottens läns landsting", PartyType.REGION),
                party("umea", "Umeå kommun", PartyType.MUNICIPALITY),
                party("sf-umea", "Samordningsförbundet Umeå", PartyType.COORDINATION_ASSOCIATION))
            .addAssociations(CoordinationAssociation.builder()
                .id("sf-umea")
                .addMembers("fk", "af", "region-vb", "umea")
                .addFunding(Funding.builder().year(2008).total(Amount.ofKronor(6_000_000)).build())
                .build())
            .addProjects(project)
            .addParticipants(Participant.builder()
                .id("p0001")
                .gender(Gender.WOMAN)
                .birthYear(1975)
                .addParticipations(participation)
                .build())
            .build();
    }

    /**
     * The field-rule violations of {@link #document(boolean)}.
     *
     * @param withMistakes whether to build the document with its deliberate mistakes
     * @return the violations sorted by JSON Pointer, never null
     */
    public static List<Violation> violations(boolean withMistakes) {
        return SamverkanValidator.create().validate(document(withMistakes));
    }

    private static BudgetLine line(CostCategory category, String item, long kronor) {
        return BudgetLine.builder().year(2008).category(category).item(item).amount(Amount.ofKronor(kronor)).build();
    }

    private static Party party(String id, String name, PartyType type) {
        return Party.builder().id(id).name(name).type(type).build();
    }
}

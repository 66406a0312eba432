package se.samverkan.metrics.rules;

import static java.time.LocalDate.parse;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.Funding;
import se.samverkan.model.association.ImmutableCoordinationAssociation;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.ImmutableBudgetLine;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.budget.StatedTotal;
import se.samverkan.model.goal.AgeBandTotal;
import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.BreakdownCell;
import se.samverkan.model.goal.GenderTotal;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.ImmutableGoal;
import se.samverkan.model.goal.Indicator;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.money.Amount;
import se.samverkan.model.money.Share;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.ImmutableParticipant;
import se.samverkan.model.participant.ImmutableParticipation;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Cohort;
import se.samverkan.model.project.Esf;
import se.samverkan.model.project.FundingShare;
import se.samverkan.model.project.ImmutableProject;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.ProjectKind;
import se.samverkan.model.project.Resource;
import se.samverkan.model.project.ResourceExtent;
import se.samverkan.model.project.SurveyQuestion;
import se.samverkan.model.project.TargetGroup;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.time.Period;

/**
 * A small document that breaks no reporting rule, built so that each test changes one thing and sees
 * exactly the findings that one change causes.
 *
 * <p>Parties: fk, af, region, kommun-a and kommun-b (with population), the förbund sf, and the unit
 * "soc" (type OTHER_PUBLIC) under kommun-a. The förbund sf has all four kinds of member. Project
 * "proj" (index 0): owner af, financier sf, partners fk and soc; 2020–2021; target group 18–64 with two
 * authority contacts; one goal with a consistent expected table; a budget whose stated totals match;
 * one resource; two cohorts of 1–2; ESF metadata; a yes/no survey question. Participant "d1" (index 0)
 * has one ended participation in cohort c1.
 */
final class RuleFixtures {

    static final String PROJECT = "proj";

    private RuleFixtures() {
    }

    static Party party(String id, PartyType type) {
        return Party.builder().id(id).name("Part " + id).type(type).build();
    }

    static List<Party> parties() {
        return List.of(
            party("fk", PartyType.SOCIAL_INSURANCE_AGENCY),
            party("af", PartyType.PUBLIC_EMPLOYMENT_SERVICE),
            party("region", PartyType.REGION),
            Party.builder().id("kommun-a").name("Kommun A").type(PartyType.MUNICIPALITY).population(40_000L).build(),
            Party.builder().id("kommun-b").name("Kommun B").type(PartyType.MUNICIPALITY).population(20_000L).build(),
            party("sf", PartyType.COORDINATION_ASSOCIATION),
            Party.builder().id("soc").name("Socialtjänsten").type(PartyType.OTHER_PUBLIC).parent("kommun-a").build());
    }

    static ImmutableCoordinationAssociation association() {
        return CoordinationAssociation.builder()
            .id("sf")
            .addMembers("fk", "af", "region", "kommun-a", "kommun-b")
            .addFunding(Funding.builder().year(2020).total(Amount.ofKronor(1_000_000)).build())
            .build();
    }

    static Period period(String start, String end) {
        return Period.of(parse(start), parse(end));
    }

    static ImmutableGoal goal() {
        return Goal.builder()
            .id("arbete")
            .title("Minst 40 % till arbete")
            .indicator(Indicator.builder().type(IndicatorType.EXIT_OUTCOME_SHARE).addOutcomes(ExitOutcome.EMPLOYMENT)
                .build())
            .target(Target.atLeast(BigDecimal.valueOf(40)))
            .breakdown(breakdown())
            .build();
    }

    /** Women/men × 18–30/31–64: 5 5 / 15 15, totals 20 20 / 10 30 / 40. */
    static Breakdown breakdown() {
        return Breakdown.builder()
            .addAgeBands(IntRange.of(18, 30), IntRange.of(31, 64))
            .addCells(BreakdownCell.of(Gender.WOMAN, 0, 5), BreakdownCell.of(Gender.MAN, 0, 5),
                BreakdownCell.of(Gender.WOMAN, 1, 15), BreakdownCell.of(Gender.MAN, 1, 15))
            .addRowTotals(GenderTotal.of(Gender.WOMAN, 20), GenderTotal.of(Gender.MAN, 20))
            .addColumnTotals(AgeBandTotal.of(0, 10), AgeBandTotal.of(1, 30))
            .total(40)
            .build();
    }

    static ImmutableBudgetLine line(int year, long kronor) {
        return BudgetLine.builder().year(year).category(CostCategory.STAFF).item("Koordinator")
            .amount(Amount.ofKronor(kronor)).build();
    }

    /** 2020: 100 000 + 50 000; 2021: 80 000; stated 150 000 / 80 000 / 230 000. */
    static Budget budget() {
        return Budget.builder()
            .addLines(line(2020, 100_000), line(2020, 50_000), line(2021, 80_000))
            .addStatedTotals(StatedTotal.of(2020, Amount.ofKronor(150_000)), StatedTotal.of(2021, Amount.ofKronor(80_000)))
            .statedGrandTotal(Amount.ofKronor(230_000))
            .build();
    }

    static Cohort cohort(String id, int number, String start, String end) {
        return Cohort.builder().id(id).number(number).period(period(start, end)).plannedSize(IntRange.of(1, 2)).build();
    }

    static ImmutableProject project() {
        return Project.builder()
            .id(PROJECT)
            .name("Testinsatsen")
            .kind(ProjectKind.PROJECT)
            .orientation(Orientation.INDIVIDUAL)
            .measurement(Measurement.PERSON_LEVEL)
            .owner("af")
            .addFinanciers("sf")
            .addPartners("fk", "soc")
            .period(period("2020-01-01", "2021-12-31"))
            .targetGroup(TargetGroup.builder().description("Personer 18–64 år").ageRange(IntRange.of(18, 64))
                .minAuthorityContacts(2).build())
            .addGoals(goal())
            .budget(budget())
            .addResources(Resource.builder().party("af").role("processledare").extent(ResourceExtent.ofFte(BigDecimal.ONE))
                .addFundedBy(FundingShare.of("af", Share.parse("0.5")), FundingShare.of("sf", Share.parse("0.5")))
                .build())
            .addCohorts(cohort("c1", 1, "2020-02-01", "2020-03-31"), cohort("c2", 2, "2020-04-01", "2020-05-31"))
            .esf(Esf.builder().caseNumber("2020/00001").programmeArea("2").specificObjective("2.1")
                .interventionType("102").unionCoFinancingRate(new BigDecimal("0.5"))
                .grantedSupport(Amount.ofKronor(200_000)).totalBudget(Amount.ofKronor(230_000)).build())
            .addSurveyQuestions(SurveyQuestion.builder().id("nojd").text("Är du nöjd?").min(0).max(1).build())
            .build();
    }

    static ImmutableParticipation participation() {
        return Participation.builder()
            .project(PROJECT)
            .start(parse("2020-02-03"))
            .end(parse("2020-06-30"))
            .cohort("c1")
            .addAuthorityContacts(PartyType.PUBLIC_EMPLOYMENT_SERVICE, PartyType.MUNICIPALITY)
            .addIncomeAtStart(IncomeSource.SOCIAL_ASSISTANCE)
            .addIncomeAtEnd(IncomeSource.EMPLOYMENT)
            .exitOutcome(ExitOutcome.EMPLOYMENT)
            .putSurvey("nojd", 1)
            .build();
    }

    static ImmutableParticipant participant(String id, Participation... participations) {
        return Participant.builder().id(id).gender(Gender.WOMAN).birthYear(1990).addParticipations(participations)
            .build();
    }

    static ImmutableSamverkanDocument document() {
        return SamverkanDocument.builder()
            .addAllParties(parties())
            .addAssociations(association())
            .addProjects(project())
            .addParticipants(participant("d1", participation()))
            .build();
    }

    /** The document with its project changed. */
    static ImmutableSamverkanDocument withProject(UnaryOperator<ImmutableProject> change) {
        return document().withProjects(change.apply(project()));
    }

    /** The document with its association changed. */
    static ImmutableSamverkanDocument withAssociation(UnaryOperator<ImmutableCoordinationAssociation> change) {
        return document().withAssociations(change.apply(association()));
    }

    /** The document with participant d1's one participation changed. */
    static ImmutableSamverkanDocument withParticipation(UnaryOperator<ImmutableParticipation> change) {
        return document().withParticipants(participant("d1", change.apply(participation())));
    }

    /** The document with participant d1 holding these participations. */
    static ImmutableSamverkanDocument withParticipations(Participation... participations) {
        return document().withParticipants(participant("d1", participations));
    }
}

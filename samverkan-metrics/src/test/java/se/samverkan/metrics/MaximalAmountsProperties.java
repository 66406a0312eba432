package se.samverkan.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.samverkan.metrics.costs.AssociationKey;
import se.samverkan.metrics.costs.AssociationYear;
import se.samverkan.metrics.costs.BorneCost;
import se.samverkan.metrics.costs.CostAttribution;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.metrics.costs.EsfSplit;
import se.samverkan.metrics.costs.Financing;
import se.samverkan.metrics.costs.FunderShare;
import se.samverkan.metrics.costs.MemberShare;
import se.samverkan.metrics.costs.ProjectCosts;
import se.samverkan.metrics.followup.FollowUpReport;
import se.samverkan.metrics.followup.NationalFollowUp;
import se.samverkan.metrics.followup.ProjectFollowUp;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.Funding;
import se.samverkan.model.association.ImmutableCoordinationAssociation;
import se.samverkan.model.association.ImmutableFunding;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.ImmutableBudget;
import se.samverkan.model.budget.ImmutableBudgetLine;
import se.samverkan.model.budget.ImmutableStatedTotal;
import se.samverkan.model.money.Amount;
import se.samverkan.model.project.Esf;
import se.samverkan.model.project.ImmutableEsf;
import se.samverkan.model.project.ImmutableProject;
import se.samverkan.model.project.ImmutableResource;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.Resource;
import se.samverkan.model.testing.ModelArbitraries;
import se.samverkan.model.validation.SamverkanValidator;

/**
 * Valid documents whose every stated amount is the largest a document may hold, 9 999 999 999 999.99 kr,
 * with many budget lines and many years of funding: no metric, cost figure, reporting rule or follow-up
 * throws, and every split still sums exactly to its whole, though the wholes have more than 13 integer
 * digits.
 */
class MaximalAmountsProperties {

    private static final Amount MAX = Amount.parse("9999999999999.99");

    private static Amount sum(List<Amount> amounts) {
        return amounts.stream().reduce(Amount.zero(), Amount::plus);
    }

    @Provide
    Arbitrary<SamverkanDocument> maximalDocuments() {
        return Combinators.combine(ModelArbitraries.validDocuments(1, 3, 0, 6),
                Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1, 30))
            .as(MaximalAmountsProperties::maximised);
    }

    /**
     * Every stated amount set to the largest, each budget and outcome line repeated {@code copies} times, and
     * each förbund funded with the largest amount in {@code years} consecutive years from 2000.
     */
    private static SamverkanDocument maximised(SamverkanDocument document, int copies, int years) {
        List<CoordinationAssociation> associations = new ArrayList<>();
        for (CoordinationAssociation association : document.getAssociations()) {
            List<Funding> funding = new ArrayList<>();
            for (int year = 2000; year < 2000 + years; year++) {
                funding.add(ImmutableFunding.builder().year(year).total(MAX).equity(MAX).administrationBudget(MAX)
                    .administrationOutcome(MAX).build());
            }
            associations.add(ImmutableCoordinationAssociation.copyOf(association).withFunding(funding));
        }
        List<Project> projects = new ArrayList<>();
        for (Project project : document.getProjects()) {
            List<Resource> resources = new ArrayList<>();
            project.getResources().forEach(r -> resources.add(ImmutableResource.copyOf(r).withAnnualCost(MAX)));
            Esf esf = ImmutableEsf.builder().caseNumber("2022/00116").programmeArea("2").specificObjective("2.1")
                .interventionType("102").unionCoFinancingRate(new BigDecimal("0.43")).grantedSupport(MAX)
                .totalBudget(MAX).build();
            projects.add(ImmutableProject.copyOf(project).withBudget(maximised(project.getBudget(), copies))
                .withOutcome(project.getOutcome().map(outcome -> maximised(outcome, copies)))
                .withResources(resources).withEsf(esf));
        }
        return SamverkanDocument.builder().from(document).associations(associations).projects(projects).build();
    }

    private static Budget maximised(Budget budget, int copies) {
        List<BudgetLine> lines = new ArrayList<>();
        for (BudgetLine line : budget.getLines()) {
            for (int i = 0; i < copies; i++) {
                lines.add(ImmutableBudgetLine.copyOf(line).withAmount(MAX));
            }
        }
        return ImmutableBudget.copyOf(budget).withLines(lines)
            .withStatedTotals(budget.getStatedTotals().stream().map(t -> ImmutableStatedTotal.copyOf(t).withAmount(MAX)).toList())
            .withStatedGrandTotal(budget.getStatedGrandTotal().map(t -> MAX));
    }

    @Property(tries = 30)
    void the_documents_are_valid(@ForAll("maximalDocuments") SamverkanDocument document) {
        assertThat(SamverkanValidator.create().validate(document)).isEmpty();
    }

    @Property(tries = 30)
    void metrics_rules_and_follow_up_never_throw(@ForAll("maximalDocuments") SamverkanDocument document) {
        assertThat(ProjectMetrics.of(MeasurementScope.projectPeriod()).compute(document))
            .hasSize(document.getProjects().size());
        ReportingRules.create().check(document);
        for (Project project : document.getProjects()) {
            CostSharing.projectCosts(project, 1, 1);
            CostSharing.create().costAttribution(document, project);
        }
        NationalFollowUp.create().reports(document);
    }

    @Property(tries = 30)
    void every_split_sums_to_its_unbounded_whole(@ForAll("maximalDocuments") SamverkanDocument document) {
        for (AssociationKey key : CostSharing.create().keys(document)) {
            for (AssociationYear year : key.years()) {
                assertThat(year.total()).isEqualTo(MAX);
                List<MemberShare> shares = year.shares().orElseThrow();
                assertThat(sum(shares.stream().map(MemberShare::amount).toList())).isEqualTo(MAX);
            }
        }
        for (Project project : document.getProjects()) {
            ProjectCosts costs = CostSharing.projectCosts(project, 1, 1);
            Financing budget = costs.financing().budget();
            // n lines of the largest amount: n × 999 999 999 999 999 öre, exactly.
            BigInteger lines = BigInteger.valueOf(project.getBudget().getLines().size());
            Amount expected = Amount.of(new BigDecimal(BigInteger.valueOf(999_999_999_999_999L).multiply(lines), 2));
            assertThat(budget.total()).isEqualTo(expected);
            assertThat(sum(List.copyOf(budget.byYear().values()))).isEqualTo(budget.total());
            assertThat(sum(List.copyOf(budget.byCategory().values()))).isEqualTo(budget.total());
            assertThat(sum(budget.byFunder().stream().map(FunderShare::amount).toList())
                .plus(budget.unattributed())).isEqualTo(budget.total());
            assertThat(costs.unitCosts().perStartedParticipant()).contains(budget.total());

            CostAttribution attribution = CostSharing.create().costAttribution(document, project);
            Amount borne = sum(attribution.byParty().stream().map(BorneCost::amount).toList());
            assertThat(borne.plus(attribution.unattributed())).isEqualTo(attribution.total());
            assertThat(sum(List.copyOf(attribution.byType().values()))).isEqualTo(borne);

            Optional<EsfSplit> esf = costs.esf();
            assertThat(esf).isPresent();
            assertThat(esf.get().unionPart().plus(esf.get().nationalPart())).isEqualTo(MAX);
        }
        for (FollowUpReport report : NationalFollowUp.create().reports(document)) {
            assertThat(report.allocatedFunds()).contains(MAX);
            report.allocationByMember().ifPresent(shares ->
                assertThat(sum(shares.stream().map(MemberShare::amount).toList())).isEqualTo(MAX));
            for (ProjectFollowUp project : report.projects()) {
                assertThat(project.budget()).isLessThanOrEqualTo(project.totalBudget());
            }
        }
    }
}

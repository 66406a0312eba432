package se.samverkan.model.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.association.KeyMethod;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.StatedTotal;
import se.samverkan.model.goal.AgeBandTotal;
import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.BreakdownCell;
import se.samverkan.model.goal.GenderTotal;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Cohort;
import se.samverkan.model.project.FundingShare;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.SurveyQuestion;

/** The promises {@link ModelArbitraries#validDocuments()} makes to the modules that reuse it. */
class ModelArbitrariesProperties {

    @Property(tries = 100)
    void valid_documents_have_consistent_references(@ForAll("documents") SamverkanDocument document) {
        Map<String, Party> parties = document.getParties().stream().collect(Collectors.toMap(Party::getId, p -> p));
        assertThat(parties).hasSameSizeAs(document.getParties());
        for (CoordinationAssociation association : document.getAssociations()) {
            assertThat(parties).containsKey(association.getId()).containsKeys(association.getMembers().toArray(String[]::new));
            Set<PartyType> types = association.getMembers().stream().map(m -> parties.get(m).getType())
                .collect(Collectors.toSet());
            assertThat(types).contains(PartyType.SOCIAL_INSURANCE_AGENCY, PartyType.PUBLIC_EMPLOYMENT_SERVICE,
                PartyType.REGION, PartyType.MUNICIPALITY);
            assertKeyComplete(association.getMunicipalKey(), association, parties, PartyType.MUNICIPALITY);
            assertKeyComplete(association.getRegionalKey(), association, parties, PartyType.REGION);
        }
        Map<String, Project> projects = document.getProjects().stream().collect(Collectors.toMap(Project::getId, p -> p));
        assertThat(projects).hasSameSizeAs(document.getProjects());
        for (Project project : document.getProjects()) {
            assertThat(parties).containsKey(project.getOwner());
            assertThat(project.getFinanciers()).hasSize(1).allSatisfy(f -> assertThat(parties).containsKey(f));
            assertThat(project.getPartners()).allSatisfy(p -> assertThat(parties).containsKey(p));
            assertThat(project.getPartners()).doesNotContain(project.getOwner());
            project.getResources().forEach(r -> {
                assertThat(parties).containsKey(r.getParty());
                assertThat(r.getFundedBy()).extracting(FundingShare::getParty).allSatisfy(p -> assertThat(parties).containsKey(p));
            });
            assertStatedTotals(project.getBudget());
            project.getOutcome().ifPresent(ModelArbitrariesProperties::assertStatedTotals);
            project.getGoals().forEach(goal -> assertGoal(goal, project));
            project.getEsf().ifPresent(esf -> assertThat(esf.getGrantedSupport()).isLessThanOrEqualTo(esf.getTotalBudget()));
            List<Cohort> cohorts = project.getCohorts();
            for (int i = 0; i < cohorts.size(); i++) {
                assertThat(cohorts.get(i).getNumber()).isEqualTo(i + 1);
                assertThat(project.getPeriod().encloses(cohorts.get(i).getPeriod())).isTrue();
                if (i > 0) {
                    assertThat(cohorts.get(i).getPeriod().getStart()).isAfterOrEqualTo(cohorts.get(i - 1).getPeriod().getStart());
                }
            }
        }
        for (Participant participant : document.getParticipants()) {
            assertThat(participant.getParticipations()).extracting(Participation::getProject).doesNotHaveDuplicates();
            for (Participation participation : participant.getParticipations()) {
                Project project = projects.get(participation.getProject());
                assertThat(project).isNotNull();
                assertThat(project.getOrientation()).isEqualTo(Orientation.INDIVIDUAL);
                assertThat(project.getMeasurement()).isEqualTo(Measurement.PERSON_LEVEL);
                assertThat(project.getPeriod().contains(participation.getStart())).isTrue();
                participation.getEnd().ifPresent(end -> assertThat(project.getPeriod().contains(end)).isTrue());
                assertThat(participation.getEnd().isPresent()).isEqualTo(participation.getExitOutcome().isPresent());
                participation.getCohort().ifPresent(c -> assertThat(project.getCohorts()).extracting(Cohort::getId).contains(c));
                Map<String, SurveyQuestion> questions = project.getSurveyQuestions().stream()
                    .collect(Collectors.toMap(SurveyQuestion::getId, q -> q));
                participation.getSurvey().forEach((question, answer) -> {
                    assertThat(questions).containsKey(question);
                    assertThat(answer).isBetween(questions.get(question).getMin(), questions.get(question).getMax());
                });
            }
        }
    }

    private static void assertKeyComplete(CostKey key, CoordinationAssociation association, Map<String, Party> parties,
        PartyType type) {
        List<String> ofType = association.getMembers().stream().filter(m -> parties.get(m).getType() == type)
            .collect(Collectors.toList());
        if (key.getMethod() == KeyMethod.AGREED) {
            assertThat(key.getShares()).extracting(KeyShare::getParty).containsExactlyInAnyOrderElementsOf(ofType);
        } else {
            assertThat(ofType).allSatisfy(m -> assertThat(parties.get(m).getPopulation()).isPresent());
        }
    }

    private static void assertStatedTotals(Budget budget) {
        Map<Integer, Amount> sums = new HashMap<>();
        budget.getLines().forEach(l -> sums.merge(l.getYear(), l.getAmount(), Amount::plus));
        for (StatedTotal total : budget.getStatedTotals()) {
            assertThat(total.getAmount()).isEqualTo(sums.get(total.getYear()));
        }
        budget.getStatedGrandTotal().ifPresent(t -> assertThat(t).isEqualTo(budget.total()));
        assertThat(budget.getLines()).extracting(BudgetLine::getYear).allSatisfy(y -> assertThat(y).isBetween(2008, 2026));
    }

    private static void assertGoal(Goal goal, Project project) {
        goal.getIndicator().getQuestion().ifPresent(q ->
            assertThat(project.getSurveyQuestions()).extracting(SurveyQuestion::getId).contains(q));
        goal.getPeriod().ifPresent(p -> assertThat(project.getPeriod().encloses(p)).isTrue());
        goal.getBreakdown().ifPresent(b -> assertBreakdown(b, project));
    }

    private static void assertBreakdown(Breakdown breakdown, Project project) {
        assertThat(breakdown.getAgeBands()).allSatisfy(
            band -> assertThat(project.getTargetGroup().getAgeRange().encloses(band)).isTrue());
        for (GenderTotal row : breakdown.getRowTotals()) {
            assertThat(row.getValue()).isEqualTo(breakdown.getCells().stream().filter(c -> c.getGender() == row.getGender())
                .mapToInt(BreakdownCell::getValue).sum());
        }
        for (AgeBandTotal column : breakdown.getColumnTotals()) {
            assertThat(column.getValue()).isEqualTo(breakdown.getCells().stream()
                .filter(c -> c.getAgeBand() == column.getAgeBand()).mapToInt(BreakdownCell::getValue).sum());
        }
        breakdown.getTotal().ifPresent(t -> assertThat(t)
            .isEqualTo(breakdown.getCells().stream().mapToInt(BreakdownCell::getValue).sum()));
    }

    @Provide
    Arbitrary<SamverkanDocument> documents() {
        return ModelArbitraries.validDocuments();
    }
}

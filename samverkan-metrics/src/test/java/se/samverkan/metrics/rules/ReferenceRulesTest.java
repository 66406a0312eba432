package se.samverkan.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.metrics.rules.RuleAssertions.assertFindings;
import static se.samverkan.metrics.rules.RuleAssertions.error;
import static se.samverkan.metrics.rules.RuleFixtures.document;
import static se.samverkan.metrics.rules.RuleFixtures.withAssociation;
import static se.samverkan.metrics.rules.RuleFixtures.withParticipation;
import static se.samverkan.metrics.rules.RuleFixtures.withProject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.Indicator;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.money.Share;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.FundingShare;
import se.samverkan.model.project.ImmutableProject;
import se.samverkan.model.project.ImmutableResource;
import se.samverkan.model.project.ImmutableTargetGroup;
import se.samverkan.model.project.SurveyQuestion;

/** UNKNOWN_REFERENCE, SURVEY_ANSWER_OUT_OF_SCALE and DUPLICATE_ID (docs/problems.md). */
class ReferenceRulesTest {

    private static final ReportingRules RULES = RuleAssertions.RULES;

    @Nested
    class UnknownReference {

        private Tuple unknown(String path) {
            return error(Rule.UNKNOWN_REFERENCE, path);
        }

        @Test
        void a_parent_that_is_no_party() {
            List<Party> parties = new ArrayList<>(RuleFixtures.parties());
            parties.set(6, Party.builder().from(parties.get(6)).parent("okand").build());
            // soc now counts as OTHER_PUBLIC: owner af and partner fk still cover two member types.
            assertFindings(document().withParties(parties)).containsExactly(unknown("/parties/6/parent"));
        }

        @Test
        void an_association_that_is_no_party() {
            assertFindings(withAssociation(a -> a.withId("okand"))).containsExactly(unknown("/associations/0/id"));
        }

        @Test
        void a_member_that_is_no_party() {
            assertFindings(withAssociation(a -> a.withMembers("fk", "af", "region", "kommun-a", "kommun-b", "okand")))
                .containsExactly(unknown("/associations/0/members/5"));
        }

        @Test
        void a_key_share_for_no_party_is_unknown_and_the_missing_member_makes_the_key_incomplete() {
            CostKey key = CostKey.agreed(List.of(KeyShare.of("kommun-a", Share.parse("0.5")),
                KeyShare.of("okand", Share.parse("0.5"))));
            assertFindings(withAssociation(a -> a.withMunicipalKey(key))).containsExactly(
                error(Rule.KEY_INCOMPLETE, "/associations/0/municipalKey/shares"),
                unknown("/associations/0/municipalKey/shares/1/party"));
        }

        @Test
        void a_regional_key_share_for_no_party_is_unknown_as_well() {
            CostKey key = CostKey.agreed(List.of(KeyShare.of("region", Share.parse("0.5")),
                KeyShare.of("okand", Share.parse("0.5"))));
            assertFindings(withAssociation(a -> a.withRegionalKey(key))).containsExactly(
                unknown("/associations/0/regionalKey/shares/1/party"));
        }

        @Test
        void owner_financiers_partners_and_target_municipalities_that_are_no_party() {
            assertFindings(withProject(p -> p.withOwner("x-owner").withFinanciers("x-financier")
                .withPartners("fk", "soc", "x-partner")
                .withTargetGroup(
                    ImmutableTargetGroup.copyOf(p.getTargetGroup()).withMunicipalities("kommun-a", "x-kommun"))))
                .containsExactly(
                    unknown("/projects/0/owner"),
                    unknown("/projects/0/financiers/0"),
                    unknown("/projects/0/partners/2"),
                    unknown("/projects/0/targetGroup/municipalities/1"));
        }

        @Test
        void budget_and_outcome_lines_funded_by_no_party() {
            Budget budget = Budget.builder().from(RuleFixtures.budget())
                .lines(List.of(RuleFixtures.line(2020, 100_000).withFundedBy("okand"), RuleFixtures.line(2020, 50_000),
                    RuleFixtures.line(2021, 80_000)))
                .build();
            assertFindings(withProject(p -> p.withBudget(budget).withOutcome(budget))).containsExactly(
                unknown("/projects/0/budget/lines/0/fundedBy"),
                unknown("/projects/0/outcome/lines/0/fundedBy"));
        }

        @Test
        void a_resource_employed_or_funded_by_no_party() {
            assertFindings(withProject(p -> p.withResources(ImmutableResource.copyOf(p.getResources().get(0))
                .withParty("okand")
                .withFundedBy(FundingShare.of("af", Share.parse("0.5")), FundingShare.of("x-sf", Share.parse("0.5"))))))
                .containsExactly(
                    unknown("/projects/0/resources/0/party"),
                    unknown("/projects/0/resources/0/fundedBy/1/party"));
        }

        @Test
        void a_participation_in_no_project_is_reported_once() {
            assertFindings(withParticipation(p -> p.withProject("okand")))
                .containsExactly(unknown("/participants/0/participations/0/project"));
        }

        @Test
        void a_cohort_that_is_not_one_of_the_participation_s_project() {
            SamverkanDocument other = document().withProjects(RuleFixtures.project(),
                RuleFixtures.project().withId("annan")
                    .withCohorts(RuleFixtures.cohort("x1", 1, "2020-02-01", "2020-03-31")));
            SamverkanDocument document = SamverkanDocument.builder().from(other)
                .participants(List.of(RuleFixtures.participant("d1", RuleFixtures.participation().withCohort("x1"))))
                .build();
            assertFindings(document).containsExactly(unknown("/participants/0/participations/0/cohort"));
        }

        @Test
        void survey_answers_and_goal_questions_that_the_project_does_not_declare() {
            Goal survey = Goal.builder().id("nojda").title("Nöjda")
                .indicator(Indicator.builder().type(IndicatorType.SURVEY_SHARE).question("okand").threshold(1).build())
                .target(Target.atLeast(BigDecimal.valueOf(80))).build();
            SamverkanDocument document = withProject(p -> p.withGoals(RuleFixtures.goal(), survey))
                .withParticipants(RuleFixtures.participant("d1", RuleFixtures.participation().withSurvey(
                    Map.of("ok/nd", 1))));
            assertFindings(document).containsExactly(
                unknown("/projects/0/goals/1/indicator/question"),
                unknown("/participants/0/participations/0/survey/ok~1nd"));
        }

        @Test
        void survey_keys_are_not_checked_in_a_project_that_declares_no_questions() {
            Goal survey = Goal.builder().id("nojda").title("Nöjda")
                .indicator(Indicator.builder().type(IndicatorType.SURVEY_SHARE).question("okand").threshold(1).build())
                .target(Target.atLeast(BigDecimal.valueOf(80))).build();
            SamverkanDocument document = withProject(p -> p.withSurveyQuestions(List.of()).withGoals(survey))
                .withParticipants(RuleFixtures.participant("d1", RuleFixtures.participation().withSurvey(
                    Map.of("okand", 7))));
            assertThat(RULES.check(document)).isEmpty();
        }

        @Test
        void the_message_names_the_id_in_swedish_and_english() {
            Finding finding = RULES.check(withParticipation(p -> p.withProject("okand"))).get(0);
            assertThat(finding.message()).isEqualTo("id \"okand\" hänvisar inte till någon insats i dokumentet");
            assertThat(finding.message(Locale.ENGLISH)).isEqualTo("id \"okand\" refers to no project of the document");
            assertThat(finding.message(Locale.forLanguageTag("sv-SE"))).isEqualTo(finding.message());
        }
    }

    @Nested
    class SurveyAnswerOutOfScale {

        @Test
        void an_answer_above_the_scale() {
            assertFindings(withParticipation(p -> p.withSurvey(Map.of("nojd", 2))))
                .containsExactly(
                    error(Rule.SURVEY_ANSWER_OUT_OF_SCALE, "/participants/0/participations/0/survey/nojd"));
        }

        @Test
        void an_answer_below_the_scale_points_at_its_own_key() {
            SurveyQuestion agree =
                SurveyQuestion.builder().id("paverka").text("Kunde du påverka?").min(1).max(5).build();
            Map<String, Integer> answers = new LinkedHashMap<>();
            answers.put("nojd", 1);
            answers.put("paverka", 0);
            SamverkanDocument document = withProject(p -> p.withSurveyQuestions(p.getSurveyQuestions().get(0), agree))
                .withParticipants(RuleFixtures.participant("d1", RuleFixtures.participation().withSurvey(answers)));
            assertFindings(document)
                .containsExactly(
                    error(Rule.SURVEY_ANSWER_OUT_OF_SCALE, "/participants/0/participations/0/survey/paverka"));
        }

        @Test
        void answers_on_the_ends_of_the_scale_are_on_it() {
            assertThat(RULES.check(withParticipation(p -> p.withSurvey(Map.of("nojd", 0))))).isEmpty();
            assertThat(RULES.check(withParticipation(p -> p.withSurvey(Map.of("nojd", 1))))).isEmpty();
        }

        @Test
        void a_disordered_scale_is_left_to_the_field_rule() {
            SurveyQuestion reversed = SurveyQuestion.builder().id("nojd").text("Är du nöjd?").min(5).max(1).build();
            assertThat(RULES.check(withProject(p -> p.withSurveyQuestions(reversed))
                .withParticipants(RuleFixtures.participant("d1", RuleFixtures.participation().withSurvey(
                    Map.of("nojd", 3)))))).isEmpty();
        }

        @Test
        void the_message_names_the_scale_but_not_the_answer() {
            Finding finding = RULES.check(withParticipation(p -> p.withSurvey(Map.of("nojd", 7)))).get(0);
            assertThat(finding.message()).isEqualTo("svaret på frågan \"nojd\" ligger utanför skalan 0–1");
            assertThat(finding.message(Locale.ENGLISH))
                .isEqualTo("the answer to question \"nojd\" lies outside the scale 0–1")
                .doesNotContain("7");
        }
    }

    @Nested
    class DuplicateId {

        private Tuple duplicate(String path) {
            return error(Rule.DUPLICATE_ID, path);
        }

        @Test
        void every_later_party_association_project_and_participant_with_a_used_id() {
            List<Party> parties = new ArrayList<>(RuleFixtures.parties());
            parties.add(RuleFixtures.party("fk", PartyType.SOCIAL_INSURANCE_AGENCY));
            parties.add(RuleFixtures.party("fk", PartyType.SOCIAL_INSURANCE_AGENCY));
            SamverkanDocument document = document().withParties(parties)
                .withAssociations(RuleFixtures.association(), RuleFixtures.association())
                .withProjects(RuleFixtures.project(), RuleFixtures.project())
                .withParticipants(RuleFixtures.participant("d1"), RuleFixtures.participant("d2"),
                    RuleFixtures.participant("d1"));
            assertFindings(document).containsExactly(
                duplicate("/parties/7/id"),
                duplicate("/parties/8/id"),
                duplicate("/associations/1/id"),
                duplicate("/projects/1/id"),
                duplicate("/participants/2/id"));
        }

        @Test
        void goals_cohorts_and_questions_within_a_project() {
            ImmutableProject project = RuleFixtures.project();
            assertFindings(withProject(p -> p
                .withGoals(p.getGoals().get(0), p.getGoals().get(0))
                .withCohorts(p.getCohorts().get(0), RuleFixtures.cohort("c1", 2, "2020-04-01", "2020-05-31"))
                .withSurveyQuestions(project.getSurveyQuestions().get(0), project.getSurveyQuestions().get(0))))
                .containsExactly(
                    duplicate("/projects/0/goals/1/id"),
                    duplicate("/projects/0/cohorts/1/id"),
                    duplicate("/projects/0/surveyQuestions/1/id"));
        }

        @Test
        void ids_are_unique_per_kind_and_cohorts_per_project() {
            SamverkanDocument document = document()
                .withProjects(RuleFixtures.project().withGoals(RuleFixtures.goal().withId("proj")),
                    RuleFixtures.project().withId("annan"))
                .withParticipants(RuleFixtures.participant("proj", RuleFixtures.participation()));
            assertThat(RULES.check(document)).isEmpty();
        }

        @Test
        void the_message_names_the_first_occurrence() {
            List<Party> parties = new ArrayList<>(RuleFixtures.parties());
            parties.add(RuleFixtures.party("af", PartyType.PUBLIC_EMPLOYMENT_SERVICE));
            Finding finding = RULES.check(document().withParties(parties)).get(0);
            assertThat(finding.message()).isEqualTo("parten har samma id \"af\" som /parties/1");
            assertThat(finding.message(Locale.ENGLISH)).isEqualTo("the party has the same id \"af\" as /parties/1");
        }
    }
}

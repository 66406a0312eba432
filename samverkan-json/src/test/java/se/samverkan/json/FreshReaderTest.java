package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.money.Amount;
import se.samverkan.model.money.Share;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.project.Esf;
import se.samverkan.model.project.Project;
import se.samverkan.model.structure.CooperationGroup;
import se.samverkan.model.structure.MemberRole;
import se.samverkan.model.valuation.Payer;
import se.samverkan.model.valuation.SourceCost;
import se.samverkan.model.valuation.ValuationParameters;

/**
 * A reader created on the spot (not one shared by the tests) reads every kind of nested value: the
 * shares of an agreed key, an ESF grant, participant counts, a cooperation group's members, conveners and
 * meetings, and the income sources of valuation parameters; null means "not given" for an optional
 * value, a list and a map; and it refuses a participant's values of the wrong type with the same problems as
 * any reader. Each value is checked against the text.
 */
class FreshReaderTest {

    private static final Path SAMPLE = Path.of("src/test/resources/se/samverkan/json/samples/agreed-key-esf-project.json");

    @Test
    void agreed_key_shares_an_esf_grant_and_participant_counts_are_read() throws Exception {
        SamverkanDocument document = SamverkanJson.create().read(SAMPLE);
        // "shares": [ { "party": "gavle", "share": "0.75" }, { "party": "sandviken", "share": 0.25 } ]
        assertThat(document.getAssociations().get(0).getMunicipalKey().getShares())
            .extracting(KeyShare::getParty, KeyShare::getShare)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("gavle", Share.of(new BigDecimal("0.75"))),
                org.assertj.core.groups.Tuple.tuple("sandviken", Share.of(new BigDecimal("0.25"))));
        Project project = document.getProjects().get(0);
        Esf esf = project.getEsf().orElseThrow();
        assertThat(esf.getCaseNumber()).isEqualTo("2023/00123");
        assertThat(esf.getUnionCoFinancingRate()).isEqualByComparingTo("0.4");
        assertThat(esf.getGrantedSupport()).isEqualTo(Amount.parse("304800"));
        assertThat(esf.getTotalBudget()).isEqualTo(Amount.parse("762000"));
        // [ { "year": 2023, "gender": "WOMAN", "count": 21 }, { "year": 2023, "gender": "MAN", "count": 19 } ]
        assertThat(project.getParticipantCounts()).extracting(c -> c.getYear() + " " + c.getGender() + " " + c.getCount())
            .containsExactly("2023 " + Gender.WOMAN + " 21", "2023 " + Gender.MAN + " 19");
    }

    @Test
    void a_cooperation_group_with_members_conveners_and_meetings_is_read() {
        String json = "{ \"structures\": [ { \"id\": \"mysam\", \"name\": \"Mysam\", \"level\": \"FIRST_LINE_MANAGERS\","
            + " \"meetingsPerYear\": 4,\n"
            + "  \"members\": [ { \"party\": \"gavle\", \"role\": \"MEMBER\", \"note\": \"IFO\" } ],\n"
            + "  \"conveners\": [ { \"party\": \"fk\", \"period\": { \"start\": \"2016-05-23\" }, \"financedBy\": \"p\" } ],\n"
            + "  \"meetings\": [ { \"date\": \"2016-09-14\", \"attending\": [\"gavle\", \"af\"] } ] } ] }";
        CooperationGroup group = SamverkanJson.create().read(json).getStructures().get(0);
        assertThat(group.getMembers().get(0).getParty()).isEqualTo("gavle");
        assertThat(group.getMembers().get(0).getRole()).isEqualTo(MemberRole.MEMBER);
        assertThat(group.getMembers().get(0).getNote()).contains("IFO");
        assertThat(group.getConveners().get(0).getParty()).isEqualTo("fk");
        assertThat(group.getConveners().get(0).getPeriod().getStart()).isEqualTo(LocalDate.of(2016, 5, 23));
        assertThat(group.getConveners().get(0).getFinancedBy()).contains("p");
        assertThat(group.getMeetings().get(0).getDate()).isEqualTo(LocalDate.of(2016, 9, 14));
        assertThat(group.getMeetings().get(0).getAttending()).containsExactly("gavle", "af");
    }

    @Test
    void valuation_parameters_with_income_sources_are_read() {
        ValuationParameters parameters = ValuationJson.create().readParameters("{ \"horizonYears\": 5,"
            + " \"discountRate\": \"0.035\", \"persistence\": 0.75,\n"
            + "  \"incomeSources\": { \"SOCIAL_ASSISTANCE\": { \"annualCost\": \"162000\", \"payer\": \"MUNICIPALITY\" } } }");
        assertThat(parameters.getHorizonYears()).isEqualTo(5);
        SourceCost cost = parameters.getIncomeSources().get(IncomeSource.SOCIAL_ASSISTANCE);
        assertThat(cost.getAnnualCost()).isEqualTo(Amount.parse("162000"));
        assertThat(cost.getPayer()).isEqualTo(Payer.MUNICIPALITY);
    }

    @Test
    void a_participant_s_values_of_the_wrong_type_are_refused_by_a_fresh_reader() {
        String head = "{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\", ";
        String[][] cases = {
            {"{ \"participants\": [ { \"id\": 17, \"gender\": \"MAN\" } ] }", "/participants/0/id",
                "Wrong type: a string expected here, but found an integer."},
            {head + "\"anonymous\": \"true\" } ] }", "/participants/0/anonymous",
                "Wrong type: true or false expected here, but found a string."},
            {head + "\"birthYear\": \"1975\" } ] }", "/participants/0/birthYear",
                "Wrong type: an integer expected here, but found a string."},
            {head + "\"educationLevel\": 3 } ] }", "/participants/0/educationLevel",
                "Wrong type: a code string expected here, but found an integer."},
            {head + "\"participations\": [ { \"project\": \"gt\", \"start\": \"2008-01-01\","
                + " \"incomeAtStart\": [ true ] } ] } ] }", "/participants/0/participations/0/incomeAtStart/0",
                "Wrong type: a code string expected here, but found true or false."}};
        for (String[] c : cases) {
            JsonProblem problem = OnlyProblem.of(() -> SamverkanJson.create().read(c[0]));
            assertThat(problem.messageKey()).as(c[0]).isEqualTo("se.samverkan.json.wrong-type");
            assertThat(problem.pointer()).as(c[0]).isEqualTo(c[1]);
            assertThat(problem.message(java.util.Locale.ENGLISH)).as(c[0]).isEqualTo(c[2]);
        }
        JsonProblem unknown = OnlyProblem.of(() -> SamverkanJson.create().read(
            "{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"FEMALE\" } ] }"));
        assertThat(unknown.message(java.util.Locale.ENGLISH))
            .isEqualTo("Unknown value \"FEMALE\"; allowed values: WOMAN, MAN, NON_BINARY, UNSPECIFIED.");
    }

    @Test
    void null_for_an_optional_value_a_list_or_a_map_means_not_given_to_a_fresh_reader() {
        CooperationGroup group = SamverkanJson.create().read("{ \"structures\": [ { \"id\": \"g\", \"name\": \"Trisam\","
            + " \"level\": \"CASE_OFFICERS\", \"meetingsPerYear\": 0, \"reportsTo\": null, \"members\": null } ] }")
            .getStructures().get(0);
        assertThat(group.getReportsTo()).isEmpty();
        assertThat(group.getMembers()).isEmpty();
        ValuationParameters parameters = ValuationJson.create().readParameters(
            "{ \"horizonYears\": 1, \"discountRate\": 0, \"persistence\": 1, \"incomeSources\": null }");
        assertThat(parameters.getIncomeSources()).isEmpty();
    }
}

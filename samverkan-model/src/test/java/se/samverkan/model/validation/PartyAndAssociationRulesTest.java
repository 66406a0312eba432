package se.samverkan.model.validation;

import static se.samverkan.model.validation.FieldRules.BLANK;
import static se.samverkan.model.validation.FieldRules.FK;
import static se.samverkan.model.validation.FieldRules.ID;
import static se.samverkan.model.validation.FieldRules.KOMMUN;
import static se.samverkan.model.validation.FieldRules.PSYKIATRIN;
import static se.samverkan.model.validation.FieldRules.SHARES;
import static se.samverkan.model.validation.FieldRules.TOO_LONG;
import static se.samverkan.model.validation.FieldRules.assertValid;
import static se.samverkan.model.validation.FieldRules.assertViolations;
import static se.samverkan.model.validation.FieldRules.association;
import static se.samverkan.model.validation.FieldRules.builtIn;
import static se.samverkan.model.validation.FieldRules.gemensammaTaget;
import static se.samverkan.model.validation.FieldRules.key;
import static se.samverkan.model.validation.FieldRules.party;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.association.Funding;
import se.samverkan.model.association.ImmutableCostKey;
import se.samverkan.model.association.KeyMethod;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.money.Amount;
import se.samverkan.model.money.Share;

/** The field rules of documents, parties (docs/format.md) and förbund (§2.2). */
class PartyAndAssociationRulesTest {

    private final SamverkanDocument document = gemensammaTaget();

    @Test
    void the_seed_document_is_valid() {
        assertValid(document);
    }

    @Test
    void schema_version_must_be_1() {
        assertValid(ImmutableSamverkanDocument.copyOf(document).withSchemaVersion("1"));
        assertViolations(ImmutableSamverkanDocument.copyOf(document).withSchemaVersion("2"),
            "/schemaVersion", "se.samverkan.validation.SchemaVersion.message");
    }

    @Test
    void party_id_is_1_to_64_lower_case_characters_starting_with_a_letter_or_digit() {
        assertValid(party(document, FK, p -> p.withId("9" + "a".repeat(60) + "._-")));
        assertViolations(party(document, FK, p -> p.withId("Försäkringskassan")), "/parties/1/id", ID);
        assertViolations(party(document, FK, p -> p.withId("")), "/parties/1/id", ID);
        assertViolations(party(document, FK, p -> p.withId("-fk")), "/parties/1/id", ID);
        assertViolations(party(document, FK, p -> p.withId("a".repeat(65))), "/parties/1/id", ID);
    }

    @Test
    void party_name_is_not_blank_and_at_most_300_characters() {
        assertValid(party(document, FK, p -> p.withName("F".repeat(300))));
        assertViolations(party(document, FK, p -> p.withName(" \t")), "/parties/1/name", BLANK);
        assertViolations(party(document, FK, p -> p.withName("F".repeat(301))), "/parties/1/name", TOO_LONG);
    }

    @Test
    void party_parent_is_an_id() {
        assertValid(party(document, PSYKIATRIN, p -> p.withParent("vll")));
        assertViolations(party(document, PSYKIATRIN, p -> p.withParent("Västerbottens läns landsting")),
            "/parties/4/parent", ID);
    }

    @Test
    void organisation_number_has_the_form_nnnnnn_nnnn_and_a_luhn_check_digit() {
        assertValid(party(document, FK, p -> p.withOrganisationNumber("202100-5521")));
        assertViolations(party(document, FK, p -> p.withOrganisationNumber("202100-5522")),
            "/parties/1/organisationNumber", key("OrganisationNumber"));
        assertViolations(party(document, FK, p -> p.withOrganisationNumber("2021005521")),
            "/parties/1/organisationNumber", key("OrganisationNumber"));
        assertViolations(party(document, FK, p -> p.withOrganisationNumber("20210a-5521")),
            "/parties/1/organisationNumber", key("OrganisationNumber"));
    }

    @Test
    void municipality_code_is_four_digits() {
        assertValid(party(document, KOMMUN, p -> p.withMunicipalityCode("0114")));
        assertViolations(party(document, KOMMUN, p -> p.withMunicipalityCode("248")),
            "/parties/5/municipalityCode", key("MunicipalityCode"));
        assertViolations(party(document, KOMMUN, p -> p.withMunicipalityCode("24800")),
            "/parties/5/municipalityCode", key("MunicipalityCode"));
    }

    @Test
    void population_is_not_negative() {
        assertValid(party(document, KOMMUN, p -> p.withPopulation(0L)));
        assertViolations(party(document, KOMMUN, p -> p.withPopulation(-1L)),
            "/parties/5/population", builtIn("PositiveOrZero"));
    }

    @Test
    void association_id_and_members_are_ids() {
        assertViolations(association(document, a -> a.withId("Samordningsförbundet Umeå")), "/associations/0/id", ID);
        assertViolations(association(document, a -> a.withMembers("forsakringskassan", "AF", "vll", "umea kommun")),
            "/associations/0/members/1", ID, "/associations/0/members/3", ID);
    }

    @Test
    void funding_year_lies_in_1990_to_2100() {
        assertValid(association(document, a -> a.withFunding(funding(1990, 1), funding(2100, 1))));
        assertViolations(association(document, a -> a.withFunding(funding(1989, 1))),
            "/associations/0/funding/0/year", builtIn("Min"));
        assertViolations(association(document, a -> a.withFunding(funding(2008, 1), funding(2101, 1))),
            "/associations/0/funding/1/year", builtIn("Max"));
    }

    @Test
    void funding_amounts_are_not_negative_but_equity_may_be() {
        Funding valid = Funding.builder().year(2008).total(Amount.zero()).equity(Amount.ofKronor(-500_000))
            .administrationBudget(Amount.zero()).administrationOutcome(Amount.zero()).build();
        assertValid(association(document, a -> a.withFunding(valid)));
        Funding invalid = Funding.builder().year(2008).total(Amount.parse("-0.01"))
            .administrationBudget(Amount.ofKronor(-1)).administrationOutcome(Amount.ofKronor(-2)).build();
        assertViolations(association(document, a -> a.withFunding(invalid)),
            "/associations/0/funding/0/administrationBudget", key("NonNegative"),
            "/associations/0/funding/0/administrationOutcome", key("NonNegative"),
            "/associations/0/funding/0/total", key("NonNegative"));
    }

    @Test
    void agreed_key_shares_sum_to_exactly_1() {
        assertValid(association(document, a -> a.withMunicipalKey(agreed("0.25", "0.75"))));
        assertValid(association(document, a -> a.withRegionalKey(agreed("0.333333333333", "0.666666666667"))));
        assertViolations(association(document, a -> a.withMunicipalKey(agreed("0.5", "0.25"))),
            "/associations/0/municipalKey/shares", SHARES);
        assertViolations(association(document, a -> a.withRegionalKey(agreed("0.5", "0.500000000001"))),
            "/associations/0/regionalKey/shares", SHARES);
        assertViolations(association(document, a -> a.withMunicipalKey(CostKey.agreed(List.of()))),
            "/associations/0/municipalKey/shares", SHARES);
    }

    @Test
    void funding_shares_not_whole_is_the_reporting_rule_of_the_same_name() {
        List<Violation> found = FieldRules.VALIDATOR.validate(
            association(document, a -> a.withMunicipalKey(agreed("0.5", "0.25"))));
        org.assertj.core.api.Assertions.assertThat(found).singleElement().satisfies(v -> {
            org.assertj.core.api.Assertions.assertThat(v.rule()).isEqualTo("FUNDING_SHARES_NOT_WHOLE");
            org.assertj.core.api.Assertions.assertThat(v.message()).isEqualTo("andelarna måste summera till exakt 1");
            org.assertj.core.api.Assertions.assertThat(v.message(java.util.Locale.ENGLISH))
                .isEqualTo("the shares must sum to exactly 1");
        });
    }

    @Test
    void population_key_lists_no_shares() {
        CostKey withShares = ImmutableCostKey.builder().method(KeyMethod.POPULATION)
            .addShares(KeyShare.of("umea-kommun", Share.ONE)).build();
        assertViolations(association(document, a -> a.withRegionalKey(withShares)),
            "/associations/0/regionalKey/shares", key("PopulationKeyShares"));
    }

    @Test
    void key_share_party_is_an_id() {
        CostKey key = CostKey.agreed(List.of(KeyShare.of("Umeå", Share.ONE)));
        assertViolations(association(document, a -> a.withMunicipalKey(key)),
            "/associations/0/municipalKey/shares/0/party", ID);
    }

    private static Funding funding(int year, long kronor) {
        return Funding.builder().year(year).total(Amount.ofKronor(kronor)).build();
    }

    private static CostKey agreed(String first, String second) {
        return CostKey.agreed(List.of(KeyShare.of("umea-kommun", Share.parse(first)),
            KeyShare.of("vannas-kommun", Share.parse(second))));
    }
}

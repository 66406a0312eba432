package se.samverkan.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.samverkan.metrics.rules.RuleAssertions.RULES;
import static se.samverkan.metrics.rules.RuleAssertions.assertFindings;
import static se.samverkan.metrics.rules.RuleAssertions.error;
import static se.samverkan.metrics.rules.RuleAssertions.warning;
import static se.samverkan.metrics.rules.RuleFixtures.document;
import static se.samverkan.metrics.rules.RuleFixtures.party;
import static se.samverkan.metrics.rules.RuleFixtures.withAssociation;
import static se.samverkan.metrics.rules.RuleFixtures.withProject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.money.Share;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.FundingShare;
import se.samverkan.model.project.ImmutableResource;
import se.samverkan.model.validation.SamverkanValidator;
import se.samverkan.model.validation.Violation;

/**
 * ASSOCIATION_MEMBERS_INCOMPLETE, PROJECT_TOO_FEW_PARTIES, KEY_INCOMPLETE, FUNDING_SHARES_NOT_WHOLE and
 * AMBIGUOUS_FUNDER (docs/problems.md): who the members, parties and funders are.
 */
class PartyRulesTest {

    private static ImmutableSamverkanDocument withParties(Party... extra) {
        List<Party> parties = new ArrayList<>(RuleFixtures.parties());
        parties.addAll(List.of(extra));
        return document().withParties(parties);
    }

    private static KeyShare share(String party, String share) {
        return KeyShare.of(party, Share.parse(share));
    }

    @Nested
    class AssociationMembersIncomplete {

        @Test
        void a_forbund_without_a_region() {
            assertFindings(withAssociation(a -> a.withMembers("fk", "af", "kommun-a", "kommun-b")))
                .containsExactly(error(Rule.ASSOCIATION_MEMBERS_INCOMPLETE, "/associations/0/members"));
        }

        @Test
        void the_message_names_every_missing_kind_of_member() {
            Finding finding = RULES.check(withAssociation(a -> a.withMembers("fk", "region", "okand"))).stream()
                .filter(f -> f.rule() == Rule.ASSOCIATION_MEMBERS_INCOMPLETE).findFirst().orElseThrow();
            assertThat(finding.message())
                .isEqualTo("förbundet saknar medlem av typen: Arbetsförmedlingen, Kommun (Finsamlagen 3 §)");
            assertThat(finding.message(Locale.ENGLISH)).isEqualTo(
                "the association has no member of type: Public Employment Service, Municipality (Finsamlagen §3)");
        }

        @Test
        void a_unit_counts_as_its_top_most_ancestor() {
            Party unit = Party.builder().id("ekonomiskt-bistand").name("Ekonomiskt bistånd")
                .type(PartyType.OTHER_PUBLIC)
                .parent("soc").build();
            // ekonomiskt-bistand -> soc -> kommun-a: a municipality, the förbund's only one.
            assertThat(RULES.check(withParties(unit).withAssociations(
                RuleFixtures.association().withMembers("fk", "af", "region", "ekonomiskt-bistand")))).isEmpty();
        }

        @Test
        void a_parent_cycle_ends_at_the_last_party_not_yet_seen() {
            Party x = Party.builder().id("x").name("X").type(PartyType.OTHER_PUBLIC).parent("y").build();
            Party y = Party.builder().id("y").name("Y").type(PartyType.REGION).parent("x").build();
            // x -> y -> (x again): x counts as y's type, a region. But the key cannot know whose quarter a
            // member in a loop shares: KEY_INCOMPLETE at the member.
            assertFindings(withParties(x, y).withAssociations(
                RuleFixtures.association().withMembers("fk", "af", "x", "kommun-a", "kommun-b")))
                .containsExactly(error(Rule.KEY_INCOMPLETE, "/associations/0/members/2"));
            // y -> x -> (y again): y counts as x's type, not a region.
            assertFindings(withParties(x, y).withAssociations(
                RuleFixtures.association().withMembers("fk", "af", "y", "kommun-a", "kommun-b")))
                .containsExactly(error(Rule.ASSOCIATION_MEMBERS_INCOMPLETE, "/associations/0/members"),
                    error(Rule.KEY_INCOMPLETE, "/associations/0/members/2"));
        }
    }

    @Nested
    class ProjectTooFewParties {

        @Test
        void owner_and_partners_of_one_member_type() {
            Party unit = Party.builder().id("af-umea").name("AF Umeå").type(PartyType.OTHER_PUBLIC).parent("af")
                .build();
            assertFindings(withParties(unit).withProjects(RuleFixtures.project().withPartners("af-umea")))
                .containsExactly(error(Rule.PROJECT_TOO_FEW_PARTIES, "/projects/0/partners"));
        }

        @Test
        void financiers_do_not_count() {
            assertFindings(withProject(p -> p.withPartners().withFinanciers("fk")))
                .containsExactly(error(Rule.PROJECT_TOO_FEW_PARTIES, "/projects/0/partners"));
        }

        @Test
        void an_owner_and_a_unit_of_another_member_are_two_parties() {
            // af (Arbetsförmedlingen) and soc, a unit of kommun-a (a municipality).
            assertThat(RULES.check(withProject(p -> p.withPartners("soc")))).isEmpty();
        }
    }

    @Nested
    class KeyIncomplete {

        @Test
        void a_population_key_meets_a_municipality_without_population() {
            List<Party> parties = new ArrayList<>(RuleFixtures.parties());
            parties.set(4, party("kommun-b", PartyType.MUNICIPALITY));
            assertFindings(document().withParties(parties))
                .containsExactly(error(Rule.KEY_INCOMPLETE, "/associations/0/members/4"));
        }

        @Test
        void a_population_key_meets_regions_and_units_without_population() {
            ImmutableSamverkanDocument document = withParties(party("region-b", PartyType.REGION)).withAssociations(
                RuleFixtures.association().withMembers("fk", "af", "region", "soc", "kommun-b", "region-b"));
            assertFindings(document).containsExactly(
                error(Rule.KEY_INCOMPLETE, "/associations/0/members/2"),
                error(Rule.KEY_INCOMPLETE, "/associations/0/members/3"),
                error(Rule.KEY_INCOMPLETE, "/associations/0/members/5"));
        }

        @Test
        void a_single_member_takes_the_whole_quarter_and_needs_no_population() {
            // The fixture's one region has no population.
            assertThat(RuleFixtures.parties().get(2).getPopulation()).isEmpty();
            assertThat(RULES.check(document())).isEmpty();
        }

        @Test
        void an_agreed_key_that_misses_lists_twice_or_lists_a_non_member() {
            CostKey key = CostKey.agreed(
                List.of(share("kommun-a", "0.5"), share("kommun-a", "0.25"), share("fk", "0.25")));
            assertFindings(withAssociation(a -> a.withMunicipalKey(key))).containsExactly(
                error(Rule.KEY_INCOMPLETE, "/associations/0/municipalKey/shares"),
                error(Rule.KEY_INCOMPLETE, "/associations/0/municipalKey/shares/1/party"),
                error(Rule.KEY_INCOMPLETE, "/associations/0/municipalKey/shares/2/party"));
        }

        @Test
        void an_agreed_key_listing_every_member_once() {
            assertThat(RULES.check(withAssociation(a -> a
                .withMunicipalKey(CostKey.agreed(List.of(share("kommun-b", "0.4"), share("kommun-a", "0.6"))))
                .withRegionalKey(CostKey.agreed(List.of(share("region", "1")))))))
                .isEmpty();
        }

        @Test
        void the_message_names_the_missing_members() {
            Finding finding = RULES.check(withAssociation(a -> a
                .withMunicipalKey(CostKey.agreed(List.of(share("kommun-a", "1")))))).get(0);
            assertThat(finding.message())
                .isEqualTo("den överenskomna nyckeln för medlemmar av typen Kommun saknar andel för \"kommun-b\"");
            assertThat(finding.message(Locale.ENGLISH))
                .isEqualTo("the agreed key for members of type Municipality has no share for \"kommun-b\"");
        }
    }

    @Nested
    class FundingSharesNotWhole {

        @Test
        void a_resource_funded_in_shares_that_sum_to_less_than_one() {
            ImmutableSamverkanDocument document = withProject(p -> p.withResources(
                ImmutableResource.copyOf(p.getResources().get(0))
                    .withFundedBy(FundingShare.of("af", Share.parse("0.5")),
                        FundingShare.of("sf", Share.parse("0.4")))));
            assertFindings(document)
                .containsExactly(error(Rule.FUNDING_SHARES_NOT_WHOLE, "/projects/0/resources/0/fundedBy"));
            assertThat(RULES.check(document).get(0).message(Locale.ENGLISH))
                .isEqualTo("the shares must sum to exactly 1, but sum to 0.9");
        }

        @Test
        void an_agreed_key_whose_shares_do_not_sum_to_one() {
            assertFindings(withAssociation(a -> a
                .withMunicipalKey(CostKey.agreed(List.of(share("kommun-a", "0.6"), share("kommun-b", "0.3"))))
                .withRegionalKey(CostKey.agreed(List.of()))))
                .containsExactly(
                    error(Rule.FUNDING_SHARES_NOT_WHOLE, "/associations/0/municipalKey/shares"),
                    error(Rule.FUNDING_SHARES_NOT_WHOLE, "/associations/0/regionalKey/shares"),
                    error(Rule.KEY_INCOMPLETE, "/associations/0/regionalKey/shares"));
        }

        @Test
        void shares_that_sum_to_exactly_one_and_a_resource_without_funders() {
            assertThat(RULES.check(withProject(p -> p.withResources(
                ImmutableResource.copyOf(p.getResources().get(0))
                    .withFundedBy(FundingShare.of("af", Share.parse("0.25")),
                        FundingShare.of("sf", Share.parse("0.750"))),
                ImmutableResource.copyOf(p.getResources().get(0)).withFundedBy())))).isEmpty();
        }

        @Test
        void the_finding_has_the_rule_id_and_pointer_of_the_models_field_rule() {
            ImmutableSamverkanDocument document = withProject(p -> p.withResources(
                ImmutableResource.copyOf(p.getResources().get(0))
                    .withFundedBy(FundingShare.of("af", Share.parse("0.5")))))
                .withAssociations(RuleFixtures.association()
                .withMunicipalKey(CostKey.agreed(List.of(share("kommun-a", "0.5"), share("kommun-b", "0.4")))));
            List<Violation> violations = SamverkanValidator.create().validate(document);
            assertThat(violations).extracting(Violation::rule, Violation::path).containsExactlyInAnyOrder(
                tuple("FUNDING_SHARES_NOT_WHOLE", "/associations/0/municipalKey/shares"),
                tuple("FUNDING_SHARES_NOT_WHOLE", "/projects/0/resources/0/fundedBy"));
            assertThat(RULES.check(document)).extracting(f -> f.rule().id(), Finding::path).containsExactly(
                tuple("FUNDING_SHARES_NOT_WHOLE", "/associations/0/municipalKey/shares"),
                tuple("FUNDING_SHARES_NOT_WHOLE", "/projects/0/resources/0/fundedBy"));
        }
    }

    @Nested
    class AmbiguousFunder {

        @Test
        void lines_without_funder_in_a_project_with_two_financiers() {
            Budget budget = Budget.builder().from(RuleFixtures.budget()).lines(List.of(RuleFixtures.line(2020, 100_000),
                RuleFixtures.line(2020, 50_000).withFundedBy("fk"), RuleFixtures.line(2021, 80_000))).build();
            assertFindings(withProject(p -> p.withFinanciers("sf", "fk").withBudget(budget).withOutcome(budget)))
                .containsExactly(
                    error(Rule.AMBIGUOUS_FUNDER, "/projects/0/budget/lines/0/fundedBy"),
                    error(Rule.AMBIGUOUS_FUNDER, "/projects/0/budget/lines/2/fundedBy"),
                    error(Rule.AMBIGUOUS_FUNDER, "/projects/0/outcome/lines/0/fundedBy"),
                    error(Rule.AMBIGUOUS_FUNDER, "/projects/0/outcome/lines/2/fundedBy"));
        }

        @Test
        void a_line_without_funder_in_a_project_without_financiers() {
            Budget budget = Budget.builder().addLines(RuleFixtures.line(2020, 1_000)).build();
            assertFindings(withProject(p -> p.withFinanciers().withBudget(budget)))
                .containsExactly(error(Rule.AMBIGUOUS_FUNDER, "/projects/0/budget/lines/0/fundedBy"));
        }

        @Test
        void one_financier_named_twice_is_one_financier() {
            // No AMBIGUOUS_FUNDER: the budget's lines without fundedBy belong to "sf"; the second mention is
            // only a duplicate reference.
            assertFindings(withProject(p -> p.withFinanciers("sf", "sf")))
                .containsExactly(warning(Rule.DUPLICATE_REFERENCE, "/projects/0/financiers/1"));
        }
    }
}

package se.samverkan.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
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
import se.samverkan.model.budget.ImmutableBudget;
import se.samverkan.model.budget.ImmutableBudgetLine;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.money.Share;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.ImmutableTargetGroup;

/**
 * The rules settled on 2026-12-05: duplicate references, the funder of a line over distinct financiers,
 * the extended key rule and a förbund as owner or partner. The fixture document (RuleFixtures) breaks no
 * rule; each test changes one thing.
 */
class SettledRulesTest {

    private static ImmutableSamverkanDocument withParties(Party... replacements) {
        List<Party> parties = new ArrayList<>(RuleFixtures.parties());
        for (Party replacement : replacements) {
            parties.removeIf(p -> p.getId().equals(replacement.getId()));
            parties.add(replacement);
        }
        return document().withParties(parties);
    }

    private static Party population(String id, PartyType type, long population) {
        return Party.builder().id(id).name("Part " + id).type(type).population(population).build();
    }

    @Nested
    class DuplicateReference {

        @Test
        void a_member_named_again_is_reported_at_the_later_mention_and_counted_once() {
            // fk, af, region, kommun-a, kommun-b, kommun-a: the sixth mention (index 5) repeats the fourth.
            ImmutableSamverkanDocument document =
                withAssociation(a -> a.withMembers("fk", "af", "region", "kommun-a", "kommun-b", "kommun-a"));
            assertFindings(document).containsExactly(warning(Rule.DUPLICATE_REFERENCE, "/associations/0/members/5"));
            Finding finding = RULES.check(document).get(0);
            assertThat(finding.message(Locale.ENGLISH)).isEqualTo(
                "\"kommun-a\" is named again; the list already names it at /associations/0/members/3, and this "
                    + "mention is ignored");
            assertThat(finding.message()).isEqualTo(
                "\"kommun-a\" anges igen; listan anger det redan vid /associations/0/members/3, och den här "
                    + "förekomsten räknas inte");
        }

        @Test
        void each_later_mention_of_partners_and_target_municipalities_is_reported() {
            ImmutableSamverkanDocument document = withProject(p -> p.withPartners("fk", "soc", "fk", "fk")
                .withTargetGroup(ImmutableTargetGroup.copyOf(p.getTargetGroup()).withMunicipalities("kommun-a", "kommun-b", "kommun-a")));
            assertFindings(document).containsExactly(
                warning(Rule.DUPLICATE_REFERENCE, "/projects/0/partners/2"),
                warning(Rule.DUPLICATE_REFERENCE, "/projects/0/partners/3"),
                warning(Rule.DUPLICATE_REFERENCE, "/projects/0/targetGroup/municipalities/2"));
        }

        @Test
        void an_unknown_party_named_twice_is_one_unknown_reference() {
            assertFindings(withProject(p -> p.withFinanciers("sf", "okand", "okand").withBudget(
                ImmutableBudget.copyOf(p.getBudget()).withLines(p.getBudget().getLines().stream()
                    .map(l -> ImmutableBudgetLine.copyOf(l).withFundedBy("sf")).toList()))))
                .containsExactly(
                    error(Rule.UNKNOWN_REFERENCE, "/projects/0/financiers/1"),
                    warning(Rule.DUPLICATE_REFERENCE, "/projects/0/financiers/2"));
        }

        @Test
        void distinct_references_raise_nothing() {
            assertThat(RULES.check(withProject(p -> p.withPartners("fk", "soc", "region")
                .withTargetGroup(ImmutableTargetGroup.copyOf(p.getTargetGroup()).withMunicipalities("kommun-a", "kommun-b"))))).isEmpty();
        }
    }

    @Nested
    class AmbiguousFunder {

        @Test
        void two_distinct_financiers_leave_each_line_without_funder_at_the_line() {
            // The fixture budget has three lines, none with fundedBy.
            ImmutableSamverkanDocument document = withProject(p -> p.withFinanciers("sf", "kommun-a", "sf"));
            assertFindings(document).containsExactly(
                warning(Rule.DUPLICATE_REFERENCE, "/projects/0/financiers/2"),
                error(Rule.AMBIGUOUS_FUNDER, "/projects/0/budget/lines/0/fundedBy"),
                error(Rule.AMBIGUOUS_FUNDER, "/projects/0/budget/lines/1/fundedBy"),
                error(Rule.AMBIGUOUS_FUNDER, "/projects/0/budget/lines/2/fundedBy"));
            assertThat(RULES.check(document).get(1).message(Locale.ENGLISH))
                .isEqualTo("the line names no funder, and the project has 2 financiers instead of exactly one");
        }
    }

    @Nested
    class KeyIncomplete {

        @Test
        void a_population_key_over_members_whose_populations_are_all_zero() {
            ImmutableSamverkanDocument document = withParties(population("kommun-a", PartyType.MUNICIPALITY, 0),
                population("kommun-b", PartyType.MUNICIPALITY, 0));
            assertFindings(document).containsExactly(error(Rule.KEY_INCOMPLETE, "/associations/0/municipalKey"));
            assertThat(RULES.check(document).get(0).message(Locale.ENGLISH)).isEqualTo(
                "the population key for members of type Municipality cannot split the quarter: every member has the "
                    + "population 0");
            assertThat(RULES.check(document).get(0).message()).isEqualTo(
                "befolkningsnyckeln för medlemmar av typen Kommun kan inte fördela kvarten: varje medlem har "
                    + "befolkningsmängden 0");
        }

        @Test
        void one_population_of_zero_beside_another_splits() {
            assertThat(RULES.check(withParties(population("kommun-a", PartyType.MUNICIPALITY, 0)))).isEmpty();
        }

        @Test
        void a_sole_member_of_its_type_needs_no_population_even_zero() {
            // The region is the only region and has no population; a sole municipality with population 0.
            assertThat(RULES.check(withParties(population("kommun-a", PartyType.MUNICIPALITY, 0))
                .withAssociations(RuleFixtures.association().withMembers("fk", "af", "region", "kommun-a"))))
                .isEmpty();
        }

        @Test
        void a_second_social_insurance_agency_is_reported_at_its_membership() {
            ImmutableSamverkanDocument document = withParties(party("fk2", PartyType.SOCIAL_INSURANCE_AGENCY))
                .withAssociations(RuleFixtures.association()
                    .withMembers("fk", "af", "region", "kommun-a", "kommun-b", "fk2"));
            assertFindings(document).containsExactly(error(Rule.KEY_INCOMPLETE, "/associations/0/members/5"));
            assertThat(RULES.check(document).get(0).message(Locale.ENGLISH)).isEqualTo(
                "\"fk2\" counts as the Social Insurance Agency too, but the association can have only one, which "
                    + "pays the state half");
        }

        @Test
        void the_key_is_checked_without_funding_too() {
            ImmutableSamverkanDocument document = withParties(population("kommun-a", PartyType.MUNICIPALITY, 0),
                population("kommun-b", PartyType.MUNICIPALITY, 0))
                .withAssociations(RuleFixtures.association().withFunding());
            assertFindings(document).containsExactly(error(Rule.KEY_INCOMPLETE, "/associations/0/municipalKey"));
        }

        @Test
        void a_type_without_members_is_only_a_missing_member_type() {
            // No municipality among the members, and an agreed municipal key that names one anyway.
            ImmutableSamverkanDocument document = withAssociation(a -> a.withMembers("fk", "af", "region")
                .withMunicipalKey(CostKey.agreed(List.of(KeyShare.of("kommun-a", Share.parse("1"))))));
            assertFindings(document)
                .containsExactly(error(Rule.ASSOCIATION_MEMBERS_INCOMPLETE, "/associations/0/members"));
        }

        @Test
        void an_agreed_key_naming_a_member_twice_points_at_the_later_share() {
            ImmutableSamverkanDocument document = withAssociation(a -> a.withMunicipalKey(CostKey.agreed(List.of(
                KeyShare.of("kommun-a", Share.parse("0.5")), KeyShare.of("kommun-b", Share.parse("0.25")),
                KeyShare.of("kommun-a", Share.parse("0.25"))))));
            assertFindings(document)
                .containsExactly(error(Rule.KEY_INCOMPLETE, "/associations/0/municipalKey/shares/2/party"));
        }
    }

    @Nested
    class ForbundAsOwnerOrPartner {

        @Test
        void a_forbund_the_document_holds_counts_as_its_members_types() {
            // Owner af, partner sf: sf's members add Försäkringskassan, a region and municipalities.
            assertThat(RULES.check(withProject(p -> p.withPartners("sf")))).isEmpty();
        }

        @Test
        void a_forbund_whose_members_are_of_one_type_adds_only_that_type() {
            // sf2's only member is af, the owner's own type: one member type in all.
            ImmutableSamverkanDocument document = withParties(party("sf2", PartyType.COORDINATION_ASSOCIATION))
                .withProjects(RuleFixtures.project().withPartners("sf2"));
            ImmutableSamverkanDocument held = document.withAssociations(RuleFixtures.association(),
                RuleFixtures.association().withId("sf2").withMembers("af"));
            assertFindings(held).containsExactly(
                error(Rule.ASSOCIATION_MEMBERS_INCOMPLETE, "/associations/1/members"),
                error(Rule.PROJECT_TOO_FEW_PARTIES, "/projects/0/partners"));
        }

        @Test
        void a_forbund_the_document_does_not_hold_counts_as_all_four_types() {
            ImmutableSamverkanDocument document = withParties(party("sf2", PartyType.COORDINATION_ASSOCIATION))
                .withProjects(RuleFixtures.project().withOwner("sf2").withPartners());
            assertThat(RULES.check(document)).isEmpty();
        }

        @Test
        void a_party_of_another_non_member_type_still_counts_as_nothing() {
            ImmutableSamverkanDocument document = withParties(party("esf", PartyType.EU_FUND))
                .withProjects(RuleFixtures.project().withOwner("esf").withPartners("af"));
            assertFindings(document).containsExactly(error(Rule.PROJECT_TOO_FEW_PARTIES, "/projects/0/partners"));
        }
    }
}

package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.association.Funding;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.money.Amount;
import se.samverkan.model.money.Share;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;

class AssociationKeyTest {

    private static Party party(String id, PartyType type) {
        return Party.builder().id(id).name(id).type(type).build();
    }

    private static Party party(String id, PartyType type, long population) {
        return Party.builder().id(id).name(id).type(type).population(population).build();
    }

    private static Party unit(String id, PartyType type, String parent) {
        return Party.builder().id(id).name(id).type(type).parent(parent).build();
    }

    private static final List<Party> STATE = List.of(
        party("sf", PartyType.COORDINATION_ASSOCIATION),
        party("fk", PartyType.SOCIAL_INSURANCE_AGENCY),
        party("af", PartyType.PUBLIC_EMPLOYMENT_SERVICE));

    private static SamverkanDocument document(List<Party> more, CoordinationAssociation association) {
        List<Party> parties = new ArrayList<>(STATE);
        parties.addAll(more);
        return SamverkanDocument.builder().parties(parties).addAssociations(association).build();
    }

    private static Funding funding(int year, String total) {
        return Funding.builder().year(year).total(Amount.parse(total)).build();
    }

    private static AssociationKey key(SamverkanDocument document) {
        return CostSharing.create().key(document, "sf").orElseThrow();
    }

    private static MemberShare share(String party, String amount) {
        return MemberShare.of(party, Amount.parse(amount));
    }

    private static List<MemberShare> shares(AssociationKey key, int index) {
        return key.years().get(index).shares().orElseThrow();
    }

    @Test
    void six_million_gives_the_state_half_and_two_quarters() {
        SamverkanDocument document = document(
            List.of(party("region", PartyType.REGION, 257_000), party("umea", PartyType.MUNICIPALITY, 112_000)),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "region", "umea")
                .addFunding(funding(2008, "6000000")).build());
        AssociationKey key = key(document);
        assertThat(key.isComputable()).isTrue();
        assertThat(key.problems()).isEmpty();
        assertThat(key.years()).hasSize(1);
        assertThat(key.years().get(0).year()).isEqualTo(2008);
        assertThat(key.years().get(0).total()).isEqualTo(Amount.ofKronor(6_000_000));
        assertThat(shares(key, 0)).containsExactly(
            share("fk", "3000000.00"), share("region", "1500000.00"), share("umea", "1500000.00"));
    }

    @Test
    void municipalities_split_their_quarter_by_population_and_the_left_over_ore_goes_to_the_largest_remainder() {
        // 1 500 000 × 30/53 = 849 056.603773… and × 23/53 = 650 943.396226…: floors 849 056.60 and
        // 650 943.39 leave one öre, which goes to Lomma (remainder 0.62 öre) although Kävlinge is listed first.
        SamverkanDocument document = document(
            List.of(party("skane", PartyType.REGION, 1_300_000), party("kavlinge", PartyType.MUNICIPALITY, 30_000),
                party("lomma", PartyType.MUNICIPALITY, 23_000)),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "skane", "kavlinge", "lomma")
                .addFunding(funding(2016, "6000000")).build());
        assertThat(shares(key(document), 0)).containsExactly(
            share("fk", "3000000.00"), share("skane", "1500000.00"),
            share("kavlinge", "849056.60"), share("lomma", "650943.40"));
    }

    @Test
    void on_equal_remainders_the_ore_goes_to_the_member_listed_first() {
        // 6 000 000.04: the quarter is 1 500 000.01, three equal populations get 500 000.00 and a third
        // öre each; the one left-over öre goes to the first listed.
        SamverkanDocument document = document(
            List.of(party("region", PartyType.REGION, 500_000), party("a", PartyType.MUNICIPALITY, 1_000),
                party("b", PartyType.MUNICIPALITY, 1_000), party("c", PartyType.MUNICIPALITY, 1_000)),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "region", "c", "a", "b")
                .addFunding(funding(2020, "6000000.04")).build());
        assertThat(shares(key(document), 0)).containsExactly(
            share("fk", "3000000.02"), share("region", "1500000.01"),
            share("c", "500000.01"), share("a", "500000.00"), share("b", "500000.00"));
    }

    @Test
    void level_one_rounds_in_the_order_state_regions_municipalities() {
        // 0.03: ½ = 1.5 öre, ¼ = 0.75 öre each: floors 1, 0, 0; the two left-over öre go to the quarters.
        // 0.01: the half has the largest remainder (0.5 > 0.25) and takes the öre.
        SamverkanDocument document = document(
            List.of(party("region", PartyType.REGION), party("kommun", PartyType.MUNICIPALITY)),
            CoordinationAssociation.builder().id("sf").addMembers("kommun", "region", "fk")
                .addFunding(funding(2020, "0.03"), funding(2021, "0.01")).build());
        AssociationKey key = key(document);
        assertThat(shares(key, 0)).containsExactly(share("kommun", "0.01"), share("region", "0.01"), share("fk", "0.01"));
        assertThat(shares(key, 1)).containsExactly(share("kommun", "0.00"), share("region", "0.00"), share("fk", "0.01"));
    }

    @Test
    void a_level_one_tie_gives_the_ore_to_the_regions_quarter_listed_before_the_municipalities() {
        // 0.02: ½ = 1 öre exactly, ¼ = 0.5 öre each: the left-over öre ties between the quarters and goes
        // to the regions' (level 1 order), although the municipality is the first member listed.
        SamverkanDocument document = document(
            List.of(party("region", PartyType.REGION), party("kommun", PartyType.MUNICIPALITY)),
            CoordinationAssociation.builder().id("sf").addMembers("kommun", "region", "fk")
                .addFunding(funding(2022, "0.02")).build());
        assertThat(shares(key(document), 0))
            .containsExactly(share("kommun", "0.00"), share("region", "0.01"), share("fk", "0.01"));
    }

    @Test
    void shares_are_listed_in_member_order_without_arbetsformedlingen() {
        SamverkanDocument document = document(
            List.of(party("region", PartyType.REGION), party("kommun", PartyType.MUNICIPALITY)),
            CoordinationAssociation.builder().id("sf").addMembers("kommun", "af", "fk", "region")
                .addFunding(funding(2020, "1000000")).build());
        assertThat(shares(key(document), 0)).containsExactly(
            share("kommun", "250000.00"), share("fk", "500000.00"), share("region", "250000.00"));
    }

    @Test
    void a_sole_member_of_its_type_bears_the_whole_quarter_without_a_population() {
        SamverkanDocument document = document(
            List.of(party("region", PartyType.REGION), party("kommun", PartyType.MUNICIPALITY)),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "region", "kommun")
                .addFunding(funding(2020, "400")).build());
        assertThat(key(document).isComputable()).isTrue();
        assertThat(shares(key(document), 0)).containsExactly(
            share("fk", "200.00"), share("region", "100.00"), share("kommun", "100.00"));
    }

    @Test
    void a_unit_member_counts_as_its_top_most_ancestors_type() {
        // The member "psykiatrin" is a unit (type OTHER_PUBLIC) of a unit of the region.
        SamverkanDocument document = document(
            List.of(party("region", PartyType.REGION), unit("vard", PartyType.OTHER_PUBLIC, "region"),
                unit("psykiatrin", PartyType.OTHER_PUBLIC, "vard"), party("kommun", PartyType.MUNICIPALITY)),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "psykiatrin", "kommun")
                .addFunding(funding(2020, "400")).build());
        assertThat(shares(key(document), 0)).containsExactly(
            share("fk", "200.00"), share("psykiatrin", "100.00"), share("kommun", "100.00"));
    }

    @Test
    void agreed_keys_split_the_quarters_by_their_shares_in_member_order() {
        SamverkanDocument document = document(
            List.of(party("r1", PartyType.REGION), party("r2", PartyType.REGION),
                party("m1", PartyType.MUNICIPALITY), party("m2", PartyType.MUNICIPALITY),
                party("m3", PartyType.MUNICIPALITY)),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "r1", "r2", "m1", "m2", "m3")
                .regionalKey(CostKey.agreed(List.of(KeyShare.of("r2", Share.parse("0.75")),
                    KeyShare.of("r1", Share.parse("0.25")))))
                // 1 500 000.01 by 0.5 / 0.3 / 0.2: 750 000.005, 450 000.003, 300 000.002 -> the öre to m1.
                .municipalKey(CostKey.agreed(List.of(KeyShare.of("m1", Share.parse("0.5")),
                    KeyShare.of("m2", Share.parse("0.3")), KeyShare.of("m3", Share.parse("0.2")))))
                .addFunding(funding(2020, "6000000.04")).build());
        AssociationKey key = key(document);
        assertThat(key.problems()).isEmpty();
        assertThat(shares(key, 0)).containsExactly(
            share("fk", "3000000.02"), share("r1", "375000.00"), share("r2", "1125000.01"),
            share("m1", "750000.01"), share("m2", "450000.00"), share("m3", "300000.00"));
    }

    @Test
    void every_year_is_split_and_the_parts_sum_to_its_total() {
        SamverkanDocument document = document(
            List.of(party("region", PartyType.REGION, 3), party("m1", PartyType.MUNICIPALITY, 7),
                party("m2", PartyType.MUNICIPALITY, 11)),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "region", "m1", "m2")
                .addFunding(funding(2021, "1234567.89"), funding(2020, "0"), funding(2022, "999.99")).build());
        AssociationKey key = key(document);
        assertThat(key.years()).extracting(AssociationYear::year).containsExactly(2021, 2020, 2022);
        for (AssociationYear year : key.years()) {
            Amount sum = year.shares().orElseThrow().stream().map(MemberShare::amount)
                .reduce(Amount.zero(), Amount::plus);
            assertThat(sum).isEqualTo(year.total());
        }
        assertThat(key.year(2020).orElseThrow().shares().orElseThrow())
            .allSatisfy(s -> assertThat(s.amount()).isEqualTo(Amount.zero()));
        assertThat(key.year(2019)).isEmpty();
    }

    @Test
    void split_applies_the_key_to_any_amount() {
        SamverkanDocument document = document(
            List.of(party("region", PartyType.REGION), party("kommun", PartyType.MUNICIPALITY)),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "region", "kommun").build());
        assertThat(key(document).split(Amount.parse("-100.02")).orElseThrow()).containsExactly(
            share("fk", "-50.01"), share("region", "-25.01"), share("kommun", "-25.00"));
    }

    @Test
    void a_missing_arbetsformedlingen_does_not_prevent_the_split() {
        SamverkanDocument document = document(
            List.of(party("region", PartyType.REGION), party("kommun", PartyType.MUNICIPALITY)),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "region", "kommun")
                .addFunding(funding(2020, "400")).build());
        assertThat(key(document).isComputable()).isTrue();
    }

    @Test
    void a_forbund_without_a_region_is_not_computable_and_no_year_gets_a_partial_split() {
        SamverkanDocument document = document(
            List.of(party("kommun", PartyType.MUNICIPALITY)),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "kommun")
                .addFunding(funding(2020, "400"), funding(2021, "500")).build());
        AssociationKey key = key(document);
        assertThat(key.isComputable()).isFalse();
        assertThat(key.problems()).containsExactly(
            KeyProblem.of(KeyProblemType.MISSING_REGION, null, "/associations/0/members"));
        assertThat(key.years()).extracting(AssociationYear::total)
            .containsExactly(Amount.ofKronor(400), Amount.ofKronor(500));
        assertThat(key.years()).allSatisfy(y -> assertThat(y.shares()).isEmpty());
        assertThat(key.split(Amount.ofKronor(1))).isEmpty();
    }

    @Test
    void missing_forsakringskassan_and_municipality_are_each_named() {
        SamverkanDocument document = document(List.of(party("region", PartyType.REGION)),
            CoordinationAssociation.builder().id("sf").addMembers("af", "region").build());
        assertThat(key(document).problems()).extracting(KeyProblem::type).containsExactly(
            KeyProblemType.MISSING_SOCIAL_INSURANCE_AGENCY, KeyProblemType.MISSING_MUNICIPALITY);
    }

    @Test
    void two_members_counting_as_forsakringskassan_leave_the_state_half_without_a_single_payer() {
        SamverkanDocument document = document(
            List.of(unit("fk-lokalt", PartyType.OTHER_PUBLIC, "fk"), party("region", PartyType.REGION),
                party("kommun", PartyType.MUNICIPALITY)),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "region", "fk-lokalt", "kommun").build());
        assertThat(key(document).problems()).containsExactly(
            KeyProblem.of(KeyProblemType.SEVERAL_SOCIAL_INSURANCE_AGENCIES, "fk-lokalt", "/associations/0/members/3"));
    }

    @Test
    void a_member_listed_twice_is_one_member() {
        SamverkanDocument document = document(
            List.of(party("region", PartyType.REGION), party("kommun", PartyType.MUNICIPALITY)),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "region", "kommun", "region")
                .addFunding(funding(2020, "400")).build());
        assertThat(shares(key(document), 0)).containsExactly(
            share("fk", "200.00"), share("region", "100.00"), share("kommun", "100.00"));
    }

    @Test
    void an_unknown_member_a_broken_parent_chain_and_a_cycle_make_the_type_unknown() {
        SamverkanDocument document = document(
            List.of(party("region", PartyType.REGION), party("kommun", PartyType.MUNICIPALITY),
                unit("a", PartyType.MUNICIPALITY, "b"), unit("b", PartyType.MUNICIPALITY, "a"),
                unit("orphan", PartyType.MUNICIPALITY, "nowhere")),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "region", "kommun", "ghost", "a", "orphan")
                .addFunding(funding(2020, "400")).build());
        AssociationKey key = key(document);
        assertThat(key.problems()).containsExactly(
            KeyProblem.of(KeyProblemType.UNKNOWN_MEMBER, "ghost", "/associations/0/members/4"),
            KeyProblem.of(KeyProblemType.UNKNOWN_MEMBER, "a", "/associations/0/members/5"),
            KeyProblem.of(KeyProblemType.UNKNOWN_MEMBER, "orphan", "/associations/0/members/6"));
        assertThat(key.years().get(0).shares()).isEmpty();
    }

    @Test
    void a_population_key_over_several_members_needs_every_population() {
        SamverkanDocument document = document(
            List.of(party("region", PartyType.REGION), party("m1", PartyType.MUNICIPALITY, 10),
                party("m2", PartyType.MUNICIPALITY)),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "region", "m1", "m2").build());
        assertThat(key(document).problems()).containsExactly(
            // The member's place in the förbund's list, where the reporting rule KEY_INCOMPLETE points too.
            KeyProblem.of(KeyProblemType.MISSING_POPULATION, "m2", "/associations/0/members/4"));
    }

    @Test
    void a_population_key_whose_populations_are_all_zero_is_not_computable() {
        SamverkanDocument document = document(
            List.of(party("r1", PartyType.REGION, 0), party("r2", PartyType.REGION, 0),
                party("kommun", PartyType.MUNICIPALITY)),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "r1", "r2", "kommun").build());
        assertThat(key(document).problems()).containsExactly(
            KeyProblem.of(KeyProblemType.ZERO_POPULATION, null, "/associations/0/regionalKey"));
    }

    @Test
    void an_incomplete_agreed_key_names_every_gap() {
        SamverkanDocument document = document(
            List.of(party("region", PartyType.REGION), party("m1", PartyType.MUNICIPALITY),
                party("m2", PartyType.MUNICIPALITY), party("m3", PartyType.MUNICIPALITY)),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "region", "m1", "m2", "m3")
                .municipalKey(CostKey.agreed(List.of(KeyShare.of("m1", Share.parse("0.5")),
                    KeyShare.of("region", Share.parse("0.25")), KeyShare.of("m1", Share.parse("0.25")),
                    KeyShare.of("m2", Share.parse("0.25")))))
                .build());
        assertThat(key(document).problems()).containsExactly(
            KeyProblem.of(KeyProblemType.SHARE_FOR_NON_MEMBER, "region", "/associations/0/municipalKey/shares/1/party"),
            KeyProblem.of(KeyProblemType.DUPLICATE_SHARE, "m1", "/associations/0/municipalKey/shares/2/party"),
            KeyProblem.of(KeyProblemType.SHARE_MISSING, "m3", "/associations/0/municipalKey/shares"),
            KeyProblem.of(KeyProblemType.SHARES_NOT_WHOLE, null, "/associations/0/municipalKey/shares"));
    }

    @Test
    void an_agreed_key_whose_shares_miss_the_whole_is_not_computable() {
        SamverkanDocument document = document(
            List.of(party("region", PartyType.REGION), party("m1", PartyType.MUNICIPALITY),
                party("m2", PartyType.MUNICIPALITY)),
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "region", "m1", "m2")
                .municipalKey(CostKey.agreed(List.of(KeyShare.of("m1", Share.parse("0.5")),
                    KeyShare.of("m2", Share.parse("0.49")))))
                .build());
        assertThat(key(document).problems()).containsExactly(
            KeyProblem.of(KeyProblemType.SHARES_NOT_WHOLE, null, "/associations/0/municipalKey/shares"));
    }

    @Test
    void problems_read_in_swedish_and_english_and_name_the_place() {
        KeyProblem problem = KeyProblem.of(KeyProblemType.MISSING_POPULATION, "m2", "/parties/5");
        assertThat(problem.message(Locale.forLanguageTag("sv")))
            .isEqualTo("Befolkningsnyckeln saknar medlemmens folkmängd: m2 (/parties/5)");
        assertThat(problem.message(Locale.ENGLISH))
            .isEqualTo("The population key lacks the member's population: m2 (/parties/5)");
        assertThat(KeyProblem.of(KeyProblemType.MISSING_REGION, null, "/associations/0/members").message(Locale.ENGLISH))
            .isEqualTo("No region among the association's members (/associations/0/members)");
    }

    @Test
    void keys_of_every_forbund_come_in_document_order_and_an_unknown_id_gives_none() {
        SamverkanDocument document = SamverkanDocument.builder().parties(STATE)
            .addAssociations(CoordinationAssociation.builder().id("b").build(),
                CoordinationAssociation.builder().id("a").addMembers("fk").build())
            .build();
        assertThat(CostSharing.create().keys(document)).extracting(AssociationKey::association)
            .containsExactly("b", "a");
        assertThat(CostSharing.create().keys(document).get(1).problems()).extracting(KeyProblem::path)
            .containsOnly("/associations/1/members");
        assertThat(CostSharing.create().key(document, "c")).isEmpty();
    }
}

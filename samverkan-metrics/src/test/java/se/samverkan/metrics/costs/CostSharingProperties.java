package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.followup.NationalFollowUp;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.Funding;
import se.samverkan.model.money.Amount;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Project;
import se.samverkan.model.testing.ModelArbitraries;

class CostSharingProperties {

    private static Amount sum(List<Amount> amounts) {
        return amounts.stream().reduce(Amount.zero(), Amount::plus);
    }

    @Provide
    Arbitrary<SamverkanDocument> validDocuments() {
        return ModelArbitraries.validDocuments(3, 3);
    }

    @Provide
    Arbitrary<SamverkanDocument> documents() {
        return ModelArbitraries.documents();
    }

    // Generating whole documents is the slow part: these properties keep to a few dozen tries each.
    @Property(tries = 40)
    void the_forbund_key_of_a_valid_document_splits_every_year_to_its_total(
            @ForAll("validDocuments") SamverkanDocument document) {
        for (AssociationKey key : CostSharing.create().keys(document)) {
            assertThat(key.problems()).isEmpty();
            for (AssociationYear year : key.years()) {
                List<MemberShare> shares = year.shares().orElseThrow();
                assertThat(shares).extracting(MemberShare::party).doesNotContain("af");
                assertThat(sum(shares.stream().map(MemberShare::amount).toList())).isEqualTo(year.total());
            }
        }
    }

    @Property(tries = 200)
    void every_member_gets_its_exact_share_of_the_total_within_two_ore(
            @ForAll @LongRange(min = 0, max = 99_999_999_999_999L) long ore,
            @ForAll @Size(min = 1, max = 6) List<@LongRange(min = 1, max = 2_000_000) Long> regions,
            @ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 1_000_000) Long> municipalities) {
        Assume.that(municipalities.stream().anyMatch(p -> p > 0));
        List<Party> parties = new ArrayList<>(List.of(
            Party.builder().id("fk").name("FK").type(PartyType.SOCIAL_INSURANCE_AGENCY).build()));
        List<String> members = new ArrayList<>(List.of("fk"));
        for (int i = 0; i < regions.size(); i++) {
            parties.add(Party.builder().id("r" + i).name("R").type(PartyType.REGION).population(regions.get(i)).build());
            members.add("r" + i);
        }
        for (int i = 0; i < municipalities.size(); i++) {
            parties.add(Party.builder().id("m" + i).name("M").type(PartyType.MUNICIPALITY)
                .population(municipalities.get(i)).build());
            members.add("m" + i);
        }
        Amount total = Amount.ofOre(ore);
        SamverkanDocument document = SamverkanDocument.builder().parties(parties)
            .addAssociations(CoordinationAssociation.builder().id("sf").members(members)
                .addFunding(Funding.builder().year(2020).total(total).build()).build())
            .build();
        List<MemberShare> shares =
            CostSharing.create().key(document, "sf").orElseThrow().years().get(0).shares().orElseThrow();
        assertThat(sum(shares.stream().map(MemberShare::amount).toList())).isEqualTo(total);
        long regionSum = regions.stream().mapToLong(Long::longValue).sum();
        long municipalSum = municipalities.stream().mapToLong(Long::longValue).sum();
        BigInteger whole = BigInteger.valueOf(ore);
        for (MemberShare share : shares) {
            // Exact share as a fraction num/den of öre: ½; ¼ × p/P for a region or municipality.
            BigInteger num;
            BigInteger den;
            String id = share.party();
            if (id.equals("fk")) {
                num = whole;
                den = BigInteger.TWO;
            } else if (id.startsWith("r")) {
                num = whole.multiply(BigInteger.valueOf(regions.get(Integer.parseInt(id.substring(1)))));
                den = BigInteger.valueOf(4 * regionSum);
            } else {
                num = whole.multiply(BigInteger.valueOf(municipalities.get(Integer.parseInt(id.substring(1)))));
                den = BigInteger.valueOf(4 * municipalSum);
            }
            BigInteger deviation = share.amount().toOreBig().multiply(den).subtract(num).abs();
            assertThat(deviation).isLessThan(den.multiply(BigInteger.TWO));
        }
    }

    @Property(tries = 40)
    void financing_accounts_for_every_measured_line(@ForAll("validDocuments") SamverkanDocument document) {
        for (Project project : document.getProjects()) {
            Financing budget = CostSharing.create().projectFinancing(project).budget();
            assertThat(budget.total()).isEqualTo(project.getBudget().total());
            assertThat(sum(List.copyOf(budget.byYear().values()))).isEqualTo(budget.total());
            assertThat(sum(List.copyOf(budget.byCategory().values()))).isEqualTo(budget.total());
            assertThat(sum(budget.byFunder().stream().map(FunderShare::amount).toList())
                .plus(budget.unattributed())).isEqualTo(budget.total());
        }
    }

    @Property(tries = 40)
    void attribution_neither_creates_nor_loses_money(@ForAll("validDocuments") SamverkanDocument document) {
        for (Project project : document.getProjects()) {
            CostAttribution attribution = CostSharing.create().costAttribution(document, project);
            Amount borne = sum(attribution.byParty().stream().map(BorneCost::amount).toList());
            assertThat(borne.plus(attribution.unattributed())).isEqualTo(attribution.total());
            assertThat(sum(List.copyOf(attribution.byType().values()))).isEqualTo(borne);
            assertThat(attribution.total())
                .isEqualTo(project.getBudget().total().plus(attribution.inKind()));
            // Every member's key is computable in a valid document: the förbund's money is all borne.
            assertThat(attribution.unattributed()).isEqualTo(Amount.zero());
            assertThat(attribution.byType().get(PartyType.COORDINATION_ASSOCIATION)).isEqualTo(Amount.zero());
        }
    }

    @Property(tries = 40)
    @SuppressWarnings("removal")
    void no_cost_metric_throws_on_a_structurally_valid_document(@ForAll("documents") SamverkanDocument document) {
        // Totals are unbounded: no sum of amounts, however many and however large, may throw.
        CostSharing.create().keys(document);
        for (Project project : document.getProjects()) {
            CostSharing.create().projectFinancing(project);
            if (project.getPeriod().isOrdered()) {   // a scope refuses a period that ends before it starts
                CostSharing.of(MeasurementScope.of(project.getPeriod())).projectFinancing(project);
            }
            CostSharing.financing(project, project.getPeriod());   // the deprecated form takes any period
            CostSharing.create().costAttribution(document, project);
            CostSharing.projectCosts(project, 3, 1);
            CostSharing.create().projectCosts(document, project.getId());
            CostSharing.create().esfSplit(project);
        }
        NationalFollowUp.create().reports(document);
    }
}

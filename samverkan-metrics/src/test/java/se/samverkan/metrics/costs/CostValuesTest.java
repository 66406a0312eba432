package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.metrics.ValueContract.assertValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.model.money.Amount;

/**
 * The cost results are values: equal when every component is equal (amounts by value, so
 * {@code 1.5} and {@code 1.50} kronor are the same), readable in {@code toString}, and their factories
 * reject what their Javadoc excludes.
 */
class CostValuesTest {

    private static Amount kr(String text) {
        return Amount.parse(text);
    }

    private static List<MemberShare> gemensammaTagetShares() {
        return List.of(MemberShare.of("fk", kr("1377500")), MemberShare.of("region-skane", kr("688750")),
            MemberShare.of("kavlinge", kr("688750")));
    }

    @Test
    void a_member_share_is_its_party_and_amount() {
        MemberShare fk = MemberShare.of("fk", kr("1377500"));
        assertValue(fk, MemberShare.of("fk", kr("1377500.00")),
            MemberShare.of("region-skane", kr("1377500")), MemberShare.of("fk", kr("1377500.01")));
        assertThat(fk).hasToString("fk=1377500.00");
        assertThatThrownBy(() -> MemberShare.of(null, kr("1"))).isInstanceOf(NullPointerException.class)
            .hasMessage("party");
        assertThatThrownBy(() -> MemberShare.of("fk", null)).isInstanceOf(NullPointerException.class)
            .hasMessage("amount");
    }

    @Test
    void an_association_year_is_its_year_total_and_shares() {
        AssociationYear year = AssociationYear.of(2009, kr("2755000"), Optional.of(gemensammaTagetShares()));
        assertValue(year, AssociationYear.of(2009, kr("2755000.00"), Optional.of(gemensammaTagetShares())),
            AssociationYear.of(2010, kr("2755000"), Optional.of(gemensammaTagetShares())),
            AssociationYear.of(2009, kr("2755000.01"), Optional.of(gemensammaTagetShares())),
            AssociationYear.of(2009, kr("2755000"), Optional.of(gemensammaTagetShares().subList(0, 2))),
            AssociationYear.of(2009, kr("2755000"), Optional.empty()));
        assertThat(year.year()).isEqualTo(2009);
        assertThat(year.total()).isEqualTo(kr("2755000"));
        assertThat(year.shares()).contains(gemensammaTagetShares());
        assertThat(year).hasToString("2009: 2755000.00 [fk=1377500.00, region-skane=688750.00, kavlinge=688750.00]");
    }

    @Test
    void an_association_year_without_a_computable_key_says_so() {
        AssociationYear year = AssociationYear.of(2010, kr("100"), Optional.empty());
        assertThat(year.shares()).isEmpty();
        assertThat(year).hasToString("2010: 100.00 (not computable)");
        assertValue(year, AssociationYear.of(2010, kr("100.0"), Optional.empty()),
            AssociationYear.of(2010, kr("100"), Optional.of(List.of())));
        assertThatThrownBy(() -> AssociationYear.of(2010, null, Optional.empty()))
            .isInstanceOf(NullPointerException.class).hasMessage("total");
    }

    @Test
    void a_key_problem_is_its_type_party_and_place() {
        KeyProblem missing = KeyProblem.of(KeyProblemType.MISSING_POPULATION, "lomma", "/associations/0/members/2");
        assertValue(missing, KeyProblem.of(KeyProblemType.MISSING_POPULATION, "lomma", "/associations/0/members/2"),
            KeyProblem.of(KeyProblemType.SHARE_MISSING, "lomma", "/associations/0/members/2"),
            KeyProblem.of(KeyProblemType.MISSING_POPULATION, "kavlinge", "/associations/0/members/2"),
            KeyProblem.of(KeyProblemType.MISSING_POPULATION, null, "/associations/0/members/2"),
            KeyProblem.of(KeyProblemType.MISSING_POPULATION, "lomma", "/associations/0/members/3"));
        assertThat(missing.type()).isEqualTo(KeyProblemType.MISSING_POPULATION);
        assertThat(missing.party()).contains("lomma");
        assertThat(missing.path()).isEqualTo("/associations/0/members/2");
        assertThat(missing).hasToString("MISSING_POPULATION lomma at /associations/0/members/2");
        assertThat(missing.message(Locale.forLanguageTag("sv")))
            .isEqualTo(KeyProblemType.MISSING_POPULATION.label(Locale.forLanguageTag("sv"))
                + ": lomma (/associations/0/members/2)");
        assertThat(missing.message(Locale.ENGLISH))
            .isEqualTo(KeyProblemType.MISSING_POPULATION.label(Locale.ENGLISH) + ": lomma (/associations/0/members/2)");
    }

    @Test
    void a_key_problem_without_a_party_names_only_the_place() {
        KeyProblem noRegion = KeyProblem.of(KeyProblemType.MISSING_REGION, null, "/associations/1/members");
        assertThat(noRegion.party()).isEmpty();
        assertThat(noRegion).hasToString("MISSING_REGION at /associations/1/members");
        assertThat(noRegion.message(Locale.forLanguageTag("sv")))
            .isEqualTo("Ingen region bland förbundets medlemmar (/associations/1/members)");
        assertThat(noRegion.message(Locale.ENGLISH))
            .isEqualTo("No region among the association's members (/associations/1/members)");
        assertValue(noRegion, KeyProblem.of(KeyProblemType.MISSING_REGION, null, "/associations/1/members"),
            KeyProblem.of(KeyProblemType.MISSING_REGION, "region-skane", "/associations/1/members"));
        assertThatThrownBy(() -> KeyProblem.of(null, null, "/associations/1")).isInstanceOf(NullPointerException.class)
            .hasMessage("type");
        assertThatThrownBy(() -> KeyProblem.of(KeyProblemType.MISSING_REGION, null, null))
            .isInstanceOf(NullPointerException.class).hasMessage("path");
    }

    @Test
    void a_funder_share_is_its_party_amount_and_percent_of_the_total() {
        FunderShare fk = FunderShare.of("fk", kr("1377500"), kr("2755000"));
        assertThat(fk.party()).isEqualTo("fk");
        assertThat(fk.amount()).isEqualTo(kr("1377500"));
        assertThat(fk.percent()).contains(new BigDecimal("50.0"));
        assertThat(fk).hasToString("fk=1377500.00 (50.0 %)");
        assertValue(fk, FunderShare.of("fk", kr("1377500.00"), kr("2755000")),
            FunderShare.of("region-skane", kr("1377500"), kr("2755000")),
            FunderShare.of("fk", kr("1377500.01"), kr("2755000.02")),
            FunderShare.of("fk", kr("1377500"), kr("1377500")),
            FunderShare.of("fk", kr("1377500"), Amount.zero()));
    }

    @Test
    void a_funder_share_of_a_zero_total_has_no_percent() {
        FunderShare nothing = FunderShare.of("fk", Amount.zero(), Amount.zero());
        assertThat(nothing.percent()).isEmpty();
        assertThat(nothing).hasToString("fk=0.00");
        assertValue(nothing, FunderShare.of("fk", kr("0"), kr("0.00")));
        assertThatThrownBy(() -> FunderShare.of(null, kr("1"), kr("1"))).isInstanceOf(NullPointerException.class)
            .hasMessage("party");
        assertThatThrownBy(() -> FunderShare.of("fk", null, kr("1"))).isInstanceOf(NullPointerException.class)
            .hasMessage("amount");
    }

    @Test
    void unit_costs_are_their_total_and_divisors() {
        UnitCosts vuxna = UnitCosts.of(kr("2755000"), 100, 30);
        assertThat(vuxna.budgetTotal()).isEqualTo(kr("2755000"));
        assertThat(vuxna.started()).isEqualTo(100);
        assertThat(vuxna.endedInWorkOrStudies()).isEqualTo(30);
        assertThat(vuxna.perStartedParticipant()).contains(kr("27550.00"));
        assertThat(vuxna.perWorkOrStudies()).contains(kr("91833.33"));
        assertThat(vuxna).hasToString("UnitCosts[perStarted=27550.00, perWorkOrStudies=91833.33]");
        assertValue(vuxna, UnitCosts.of(kr("2755000.00"), 100, 30),
            UnitCosts.of(kr("2755001"), 100, 30), UnitCosts.of(kr("2755000"), 101, 30),
            UnitCosts.of(kr("2755000"), 100, 31));
    }

    @Test
    void unit_costs_round_half_even_to_the_ore_and_are_absent_for_a_zero_divisor() {
        // 0.25 / 2 = 0.125 -> 0.12 (half to even); 0.35 / 2 = 0.175 -> 0.18.
        assertThat(UnitCosts.of(kr("0.25"), 2, 0).perStartedParticipant()).contains(kr("0.12"));
        assertThat(UnitCosts.of(kr("0.35"), 2, 0).perStartedParticipant()).contains(kr("0.18"));
        UnitCosts none = UnitCosts.of(kr("1000"), 0, 0);
        assertThat(none.perStartedParticipant()).isEmpty();
        assertThat(none.perWorkOrStudies()).isEmpty();
        assertThat(none).hasToString("UnitCosts[perStarted=null, perWorkOrStudies=null]");
        assertThat(UnitCosts.of(kr("1000"), 1, 1).perWorkOrStudies()).contains(kr("1000"));
    }

    @Test
    void unit_costs_refuse_negative_counts_and_a_missing_total() {
        assertThatThrownBy(() -> UnitCosts.of(kr("1"), -1, 0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("participation counts must not be negative");
        assertThatThrownBy(() -> UnitCosts.of(kr("1"), 0, -1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("participation counts must not be negative");
        assertThatThrownBy(() -> UnitCosts.of(null, 0, 0)).isInstanceOf(NullPointerException.class)
            .hasMessage("budgetTotal");
    }
}

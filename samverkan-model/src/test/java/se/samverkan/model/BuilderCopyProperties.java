package se.samverkan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.Party;
import se.samverkan.model.testing.ModelArbitraries;

/** Values never share the collections they were built from. */
class BuilderCopyProperties {

    @Property(tries = 100)
    void a_document_keeps_its_parties_when_the_given_list_changes(@ForAll("parties") List<Party> parties,
        @ForAll("party") Party extra) {
        List<Party> given = new ArrayList<>(parties);
        SamverkanDocument document = SamverkanDocument.builder().parties(given).build();
        given.add(extra);
        if (!given.isEmpty()) {
            given.remove(0);
        }
        assertThat(document.getParties()).isEqualTo(parties);
        assertThatThrownBy(() -> document.getParties().add(extra)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Property(tries = 100)
    void a_participant_keeps_its_participations(@ForAll("participations") List<Participation> participations) {
        List<Participation> given = new ArrayList<>(participations);
        Participant participant = Participant.builder().id("d-1")
            .gender(se.samverkan.model.participant.Gender.MAN).participations(given).build();
        given.clear();
        assertThat(participant.getParticipations()).isEqualTo(participations);
    }

    @Property(tries = 100)
    void a_participation_keeps_its_sets_and_answers(@ForAll("incomes") Set<IncomeSource> incomes,
        @ForAll("answers") Map<String, Integer> answers) {
        Set<IncomeSource> givenIncomes = new HashSet<>(incomes);
        Map<String, Integer> givenAnswers = new HashMap<>(answers);
        Participation participation = Participation.builder().project("p").start(LocalDate.of(2020, 1, 1))
            .incomeAtStart(givenIncomes).survey(givenAnswers).build();
        givenIncomes.clear();
        givenIncomes.add(IncomeSource.OTHER);
        givenAnswers.clear();
        givenAnswers.put("ny", 5);
        assertThat(participation.getIncomeAtStart()).isEqualTo(incomes);
        assertThat(participation.getSurvey()).isEqualTo(answers);
        assertThatThrownBy(() -> participation.getSurvey().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> participation.getIncomeAtStart().add(IncomeSource.OTHER))
            .isInstanceOf(UnsupportedOperationException.class);
    }

    @Property(tries = 100)
    void a_forbund_keeps_its_members(@ForAll("ids") List<String> members) {
        List<String> given = new ArrayList<>(members);
        CoordinationAssociation association = CoordinationAssociation.builder().id("f").members(given).build();
        given.add("extra");
        assertThat(association.getMembers()).isEqualTo(members);
    }

    @Provide
    Arbitrary<List<Party>> parties() {
        return ModelArbitraries.validParties().list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<Party> party() {
        return ModelArbitraries.validParties();
    }

    @Provide
    Arbitrary<List<Participation>> participations() {
        return ModelArbitraries.validParticipations().list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<Set<IncomeSource>> incomes() {
        return Arbitraries.subsetOf(IncomeSource.values()).ofMinSize(1);
    }

    @Provide
    Arbitrary<Map<String, Integer>> answers() {
        return Arbitraries.maps(ModelArbitraries.validIds(), Arbitraries.integers().between(0, 5)).ofMinSize(1)
            .ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<String>> ids() {
        return ModelArbitraries.validIds().list().ofMaxSize(6);
    }
}

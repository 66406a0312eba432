package se.samverkan.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.ImmutableParticipant;
import se.samverkan.model.participant.Participant;

/**
 * Streaming gives the whole-document answer: a generated document (broken objects still referenced,
 * participant ids drawn from a small pool so that people recur far apart) split into a header with the
 * first {@code k} participants and the rest streamed gives the findings of checking it whole, for every
 * {@code k}.
 */
class StreamedRulesProperties {

    private static final ReportingRules RULES = ReportingRules.create();

    @Property(tries = 200)
    void streamed_findings_equal_whole_document_findings(@ForAll("documents") SamverkanDocument document,
        @ForAll("fractions") double fraction) {
        List<Participant> participants = document.getParticipants();
        int split = (int) Math.floor(fraction * participants.size());
        RuleAccumulator accumulator = RULES.accumulator(
            SamverkanDocument.builder().from(document).participants(participants.subList(0, split)).build());
        for (Participant participant : participants.subList(split, participants.size())) {
            accumulator.accept(participant);
        }
        assertThat(accumulator.result()).isEqualTo(RULES.check(document));
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<SamverkanDocument> documents() {
        return new ReportingRulesProperties().corruptedDocuments().flatMap(document -> {
            List<Participant> participants = document.getParticipants();
            if (participants.isEmpty()) {
                return Arbitraries.just(document);
            }
            return Combinators.combine(participants.stream()
                    .map(p -> Arbitraries.of("a", "b", "c", p.getId()).map(id -> (Participant) ImmutableParticipant
                        .copyOf(p).withId(id)))
                    .toList())
                .as(list -> (SamverkanDocument) SamverkanDocument.builder().from(document)
                    .participants(new ArrayList<>(list)).build());
        });
    }
}

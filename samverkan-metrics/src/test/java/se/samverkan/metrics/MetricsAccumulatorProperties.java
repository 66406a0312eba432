package se.samverkan.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.Project;
import se.samverkan.model.testing.ModelArbitraries;

/** Streaming metrics do not depend on how the participants are split or ordered (docs/metrics.md). */
class MetricsAccumulatorProperties {

    private static final Project PROJECT = MetricsArbitraries.project();

    @Provide
    Arbitrary<List<Participant>> participants() {
        return MetricsArbitraries.participants().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<MeasurementScope> scopes() {
        return MetricsArbitraries.scopes();
    }

    @Provide
    Arbitrary<SamverkanDocument> documents() {
        return ModelArbitraries.validDocuments(3, 25);
    }

    @Property(tries = 150)
    void merged_accumulators_equal_the_single_pass_for_any_split(
            @ForAll("participants") List<Participant> participants, @ForAll("scopes") MeasurementScope scope,
            @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 40) Integer> cuts) {
        ProjectMetrics metrics = ProjectMetrics.of(scope);
        List<ProjectResult> single = singlePass(metrics, List.of(PROJECT), participants);

        List<List<Participant>> chunks = split(participants, cuts);
        MetricsAccumulator inOrder = metrics.accumulator(List.of(PROJECT));
        MetricsAccumulator reversed = metrics.accumulator(List.of(PROJECT));
        List<MetricsAccumulator> parts = new ArrayList<>();
        for (List<Participant> chunk : chunks) {
            MetricsAccumulator part = metrics.accumulator(List.of(PROJECT));
            chunk.forEach(part::accept);
            parts.add(part);
        }
        parts.forEach(inOrder::merge);
        assertThat(inOrder.result()).isEqualTo(single);

        List<MetricsAccumulator> again = new ArrayList<>();
        for (List<Participant> chunk : chunks) {
            MetricsAccumulator part = metrics.accumulator(List.of(PROJECT));
            chunk.forEach(part::accept);
            again.add(part);
        }
        Collections.reverse(again);
        // Right-nested merging: a ⊕ (b ⊕ (c ⊕ d)) must equal ((a ⊕ b) ⊕ c) ⊕ d.
        MetricsAccumulator nested = metrics.accumulator(List.of(PROJECT));
        for (MetricsAccumulator part : again) {
            nested = part.merge(nested);
        }
        reversed.merge(nested);
        assertThat(reversed.result()).isEqualTo(single);
    }

    @Property(tries = 100)
    void the_order_of_the_participants_does_not_matter(@ForAll("participants") List<Participant> participants,
            @ForAll("scopes") MeasurementScope scope, @ForAll long seed) {
        ProjectMetrics metrics = ProjectMetrics.of(scope);
        List<Participant> shuffled = new ArrayList<>(participants);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(singlePass(metrics, List.of(PROJECT), shuffled))
            .isEqualTo(singlePass(metrics, List.of(PROJECT), participants));
    }

    @Property(tries = 50)
    void a_parallel_stream_of_a_generated_document_equals_the_sequential_pass(@ForAll("documents") SamverkanDocument document) {
        ProjectMetrics metrics = ProjectMetrics.of(MeasurementScope.projectPeriod());
        List<ProjectResult> sequential = metrics.compute(document);
        List<ProjectResult> parallel = document.getParticipants().parallelStream()
            .collect(metrics.collector(document.getProjects()));
        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential).hasSameSizeAs(document.getProjects());
    }

    private static List<ProjectResult> singlePass(ProjectMetrics metrics, List<Project> projects,
            List<Participant> participants) {
        MetricsAccumulator accumulator = metrics.accumulator(projects);
        participants.forEach(accumulator::accept);
        return accumulator.result();
    }

    private static List<List<Participant>> split(List<Participant> participants, List<Integer> cuts) {
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        cuts.stream().map(cut -> Math.min(cut, participants.size())).sorted().forEach(bounds::add);
        bounds.add(participants.size());
        List<List<Participant>> chunks = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            chunks.add(participants.subList(bounds.get(i), bounds.get(i + 1)));
        }
        return chunks;
    }
}

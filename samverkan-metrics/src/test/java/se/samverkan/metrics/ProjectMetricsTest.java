package se.samverkan.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.metrics.Fixtures.ended;
import static se.samverkan.metrics.Fixtures.person;
import static se.samverkan.metrics.Fixtures.started;
import static se.samverkan.model.participant.ExitOutcome.EMPLOYMENT;
import static se.samverkan.model.participant.Gender.MAN;
import static se.samverkan.model.participant.Gender.WOMAN;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkan.metrics.participants.AgeBand;
import se.samverkan.metrics.participants.AgeBands;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.testing.SeedDocuments;

class ProjectMetricsTest {

    private final ProjectMetrics metrics = ProjectMetrics.of(MeasurementScope.projectPeriod());

    @Test
    void every_project_of_a_document_in_document_order() {
        SamverkanDocument document = SamverkanDocument.builder()
            .addProjects(Fixtures.project(), Fixtures.project("other", Fixtures.period("2009-01-01", "2009-12-31")).build())
            .addParticipants(person("a", WOMAN, 1980, ended("2008-04-01", "2008-05-01", EMPLOYMENT)))
            .build();
        List<ProjectResult> results = metrics.compute(document);
        assertThat(results).extracting(ProjectResult::projectId).containsExactly("gt-vuxna", "other");
        assertThat(results.get(0).participants().started()).isEqualTo(1);
        assertThat(results.get(1).participants().started()).isZero();
        assertThat(metrics.compute(document, "missing")).isEmpty();
        assertThat(metrics.compute(document, "gt-vuxna")).contains(results.get(0));
    }

    @Test
    void a_header_and_a_participant_stream_give_the_document_figures() {
        SamverkanDocument document = SeedDocuments.gemensammaTagetVuxna(300, 20081108L);
        SamverkanDocument header = SamverkanDocument.builder().from(document).participants(List.of()).build();
        List<ProjectResult> whole = metrics.compute(document);
        assertThat(metrics.compute(header, document.getParticipants().stream())).isEqualTo(whole);
        assertThat(metrics.compute(header, document.getParticipants().parallelStream())).isEqualTo(whole);
        assertThat(document.getParticipants().parallelStream().collect(metrics.collector(header.getProjects())))
            .isEqualTo(whole);
        assertThat(whole.get(0).participants().started()).isPositive();
    }

    @Test
    void participants_already_in_the_header_are_counted_with_the_stream() {
        Participant first = person("a", WOMAN, 1980, started("2008-04-01"));
        Participant second = person("b", MAN, 1970, started("2008-05-01"));
        SamverkanDocument header = SamverkanDocument.builder().addProjects(Fixtures.project()).addParticipants(first).build();
        assertThat(metrics.compute(header, List.of(second).stream()).get(0).participants().started()).isEqualTo(2);
    }

    @Test
    void own_age_bands_reach_the_summary() {
        SamverkanDocument document = SamverkanDocument.builder().addProjects(Fixtures.project())
            .addParticipants(person("a", WOMAN, 1980, started("2008-04-01"))).build();
        ProjectMetrics tableBands = ProjectMetrics.of(MeasurementScope.projectPeriod(),
            AgeBands.of(AgeBand.of(18, 30), AgeBand.of(31, 64)));
        assertThat(tableBands.compute(document).get(0).participants().startedByAgeBand())
            .containsExactly(Map.entry("18-30", 1), Map.entry("31-64", 0), Map.entry("unknown", 0));
    }
}

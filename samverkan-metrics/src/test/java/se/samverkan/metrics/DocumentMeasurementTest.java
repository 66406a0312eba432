package se.samverkan.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.metrics.Fixtures.date;
import static se.samverkan.metrics.Fixtures.period;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.problem.Position;
import se.samverkan.model.problem.Problem;
import se.samverkan.model.project.Project;

/**
 * The one value of a document's metrics, worked out by hand: a project of 1 March 2008 – 28 February 2009 with
 * 100 000 kr budgeted for 2008 and 44 000 kr for 2009, and four participations (three ended, two of them in
 * EMPLOYMENT, one ongoing).
 */
class DocumentMeasurementTest {

    private static final Project PROJECT = Fixtures.project(Fixtures.PROJECT, period("2008-03-01", "2009-02-28"))
        .budget(Budget.builder().addLines(FourPeople.staff(2008, "100000"), FourPeople.staff(2009, "44000")).build())
        .build();

    private static final List<Participant> PEOPLE = FourPeople.PEOPLE;

    private static final SamverkanDocument DOCUMENT = SamverkanDocument.builder().addProjects(PROJECT)
        .participants(PEOPLE).build();

    @Test
    void the_value_holds_the_project_its_costs_and_the_findings() {
        DocumentMetrics metrics = DocumentMeasurement.of(MeasurementScope.projectPeriod()).measure(DOCUMENT);

        assertThat(metrics.projects()).hasSize(1);
        ProjectMeasurement project = metrics.projects().get(0);
        assertThat(project.id()).isEqualTo(Fixtures.PROJECT);
        assertThat(project.name()).isEqualTo("Projekt gt-vuxna");
        assertThat(project.period()).isEqualTo(period("2008-03-01", "2009-02-28"));
        assertThat(project.asOf()).isEqualTo(date("2009-02-28"));
        assertThat(project.participants().started()).isEqualTo(4);
        assertThat(project.participants().ended()).isEqualTo(3);
        assertThat(project.countsGiven()).isTrue();
        // all lines: 100 000 + 44 000 = 144 000; per started 144 000 / 4 = 36 000; per work or studies / 2 = 72 000
        assertThat(project.costs().orElseThrow().financing().budget().total()).isEqualTo(Amount.parse("144000"));
        assertThat(project.costs().get().unitCosts().perStartedParticipant()).contains(Amount.parse("36000"));
        assertThat(project.costs().get().unitCosts().perWorkOrStudies()).contains(Amount.parse("72000"));
        // the exact metrics: nothing hidden
        assertThat(metrics.disclosureMinimum()).isEmpty();
        assertThat(project.published().minimum()).isEqualTo(1);
        assertThat(project.published().started().value()).hasValue(4);
        assertThat(project.publishedUnitCosts().orElseThrow().perStartedParticipant().isHidden()).isFalse();
        // no förbund, no groups
        assertThat(metrics.associations()).isEmpty();
        assertThat(metrics.structures()).isEmpty();
        assertThat(metrics.findings()).isEqualTo(ReportingRules.create().check(DOCUMENT).stream()
            .map(Finding::toProblem).toList()).isNotEmpty();
    }

    @Test
    void a_measurement_period_limits_the_budget_years() {
        DocumentMetrics metrics = DocumentMeasurement.of(MeasurementScope.of(period("2008-01-01", "2008-12-31")))
            .measure(DOCUMENT);

        ProjectMeasurement project = metrics.projects().get(0);
        // 2008 only: 100 000 kr; a, b, c started → 33 333.33 (100 000 / 3, rounded half-even to öre)
        assertThat(project.costs().orElseThrow().financing().budget().total()).isEqualTo(Amount.parse("100000"));
        assertThat(project.costs().get().unitCosts().perStartedParticipant()).contains(Amount.parse("33333.33"));
    }

    @Test
    void the_published_view_hides_small_counts_and_the_unit_costs_they_divide() {
        DocumentMetrics metrics = DocumentMeasurement.of(MeasurementScope.projectPeriod())
            .disclosed(DisclosureControl.defaults()).measure(DOCUMENT);

        ProjectMeasurement project = metrics.projects().get(0);
        assertThat(metrics.disclosureMinimum()).isEqualTo(OptionalInt.of(5));
        // 4 started and 2 in work or studies are below 5: hidden, and so are the costs divided by them
        assertThat(project.published().started().isHidden()).isTrue();
        assertThat(project.publishedUnitCosts().orElseThrow().perStartedParticipant().isHidden()).isTrue();
        assertThat(project.publishedUnitCosts().get().perWorkOrStudies().isHidden()).isTrue();
        // the exact figures stay in the value
        assertThat(project.participants().started()).isEqualTo(4);
    }

    @Test
    void streaming_the_participants_gives_the_whole_documents_value() {
        DocumentMeasurement measurement = DocumentMeasurement.of(MeasurementScope.projectPeriod());
        DocumentAccumulator accumulator = measurement.accumulator(SamverkanDocument.builder().from(DOCUMENT)
            .participants(List.of()).build());
        PEOPLE.forEach(accumulator::accept);

        DocumentMetrics streamed = accumulator.result();
        DocumentMetrics whole = measurement.measure(DOCUMENT);

        assertThat(streamed.projects().get(0).result()).isEqualTo(whole.projects().get(0).result());
        assertThat(streamed.projects().get(0).published()).isEqualTo(whole.projects().get(0).published());
        assertThat(streamed.findings()).isEqualTo(whole.findings());
        // The whole value too, costs included (their financing and unit costs compare by value).
        assertThat(streamed).isEqualTo(whole);
        assertThat(streamed.projects().get(0).costs()).isPresent();
        assertThatThrownBy(() -> accumulator.accept(PEOPLE.get(0))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void some_projects_only() {
        Project other = Fixtures.project("other", period("2010-01-01", "2010-12-31")).build();
        SamverkanDocument two = SamverkanDocument.builder().from(DOCUMENT).addProjects(other).build();

        DocumentMetrics metrics = DocumentMeasurement.of(MeasurementScope.projectPeriod()).measure(two, List.of(other));

        assertThat(metrics.projects()).extracting(ProjectMeasurement::id).containsExactly("other");
    }

    @Test
    void findings_are_located_once_by_their_pointers() {
        DocumentMetrics metrics = DocumentMeasurement.of(MeasurementScope.projectPeriod()).measure(DOCUMENT);
        String first = metrics.findings().get(0).pointer();

        DocumentMetrics located = metrics.locatedBy(pointer -> pointer.equals(first) ? Position.of(3, 7) : null);

        assertThat(located.findings()).hasSameSizeAs(metrics.findings());
        assertThat(located.findings()).filteredOn(p -> p.pointer().equals(first))
            .extracting(Problem::position).containsOnly(Position.of(3, 7));
        assertThat(located.findings()).filteredOn(p -> !p.pointer().equals(first))
            .extracting(Problem::position).containsOnlyNulls();
    }

    @Test
    void the_value_refuses_projects_shown_under_another_minimum() {
        ProjectMeasurement exact = DocumentMeasurement.of(MeasurementScope.projectPeriod()).measure(DOCUMENT)
            .projects().get(0);

        assertThatThrownBy(() -> new DocumentMetrics(List.of(exact), List.of(), List.of(), List.of(),
            OptionalInt.of(5))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimum 1");
        assertThatThrownBy(() -> new ProjectMeasurement("n", exact.result(), exact.costs(), exact.published(),
            Optional.empty(), true)).isInstanceOf(IllegalArgumentException.class);
    }
}

package se.samverkan.metrics.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.metrics.costs.MemberShare;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.Funding;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.project.ParticipantCount;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.ProjectKind;
import se.samverkan.model.project.TargetGroup;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.testing.SeedDocuments;
import se.samverkan.model.time.Period;

class NationalFollowUpTest {

    private static final List<Party> PARTIES = List.of(
        Party.builder().id("sf").name("Förbundet").type(PartyType.COORDINATION_ASSOCIATION).build(),
        Party.builder().id("fk").name("Försäkringskassan").type(PartyType.SOCIAL_INSURANCE_AGENCY).build(),
        Party.builder().id("af").name("Arbetsförmedlingen").type(PartyType.PUBLIC_EMPLOYMENT_SERVICE).build(),
        Party.builder().id("region").name("Regionen").type(PartyType.REGION).build(),
        Party.builder().id("kommun").name("Kommunen").type(PartyType.MUNICIPALITY).build());

    private static final CoordinationAssociation FORBUND = CoordinationAssociation.builder().id("sf")
        .addMembers("fk", "af", "region", "kommun")
        .addFunding(Funding.builder().year(2021).total(Amount.ofKronor(4_000_000)).equity(Amount.ofKronor(-50_000))
                .administrationBudget(Amount.ofKronor(1_000_000)).administrationOutcome(Amount.ofKronor(950_000)).build(),
            Funding.builder().year(2022).total(Amount.parse("4000000.02")).build())
        .build();

    private static BudgetLine line(int year, String amount, String fundedBy) {
        return BudgetLine.builder().year(year).category(CostCategory.STAFF).item("post").amount(Amount.parse(amount))
            .fundedBy(fundedBy).build();
    }

    private static Project project(String id, Orientation orientation, Measurement measurement, List<String> financiers,
            Period period) {
        return Project.builder().id(id).name(id).kind(ProjectKind.PROJECT).orientation(orientation)
            .measurement(measurement).owner("kommun").financiers(financiers).addPartners("af").period(period)
            .targetGroup(TargetGroup.builder().description("Unga").ageRange(IntRange.of(16, 29))
                .plannedParticipants(IntRange.of(40, 60)).build())
            .build();
    }

    private static final Period TWO_YEARS = Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));

    private static final Project INDIVIDUAL = Project.builder()
        .from(project("individ", Orientation.INDIVIDUAL, Measurement.PERSON_LEVEL, List.of("sf", "kommun"), TWO_YEARS))
        .budget(Budget.builder().addLines(line(2021, "300000", "sf"), line(2021, "100000", "kommun"),
            line(2022, "500000", "sf")).build())
        .outcome(Budget.builder().addLines(line(2021, "280000.50", "sf"), line(2021, "90000", "kommun")).build())
        .build();

    private static final Project COUNTED = Project.builder()
        .from(project("struktur", Orientation.STRUCTURAL, Measurement.COUNT_ONLY, List.of("sf"), TWO_YEARS))
        .addParticipantCounts(ParticipantCount.of(2021, Gender.WOMAN, 3), ParticipantCount.of(2021, Gender.MAN, 2),
            ParticipantCount.of(2021, Gender.WOMAN, 1), ParticipantCount.of(2022, Gender.WOMAN, 9))
        .build();

    private static final Project OTHER_FINANCIER = project("annan", Orientation.INDIVIDUAL, Measurement.PERSON_LEVEL,
        List.of("kommun"), TWO_YEARS);

    private static final Project ENDED_BEFORE = project("tidigare", Orientation.INDIVIDUAL, Measurement.PERSON_LEVEL,
        List.of("sf"), Period.of(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31)));

    private static Participant participant(String id, Gender gender, Participation... participations) {
        return Participant.builder().id(id).gender(gender).addParticipations(participations).build();
    }

    private static Participation in(String project, String start, String end, ExitOutcome outcome) {
        return Participation.builder().project(project).start(LocalDate.parse(start))
            .end(end == null ? null : LocalDate.parse(end)).exitOutcome(outcome).build();
    }

    private static final List<Participant> PARTICIPANTS = List.of(
        // Active in 2021 twice over (ends on New Year's Day, starts again): counts once.
        participant("p1", Gender.WOMAN, in("individ", "2020-11-01", "2021-01-01", ExitOutcome.JOB_SEEKING),
            in("individ", "2021-03-01", "2021-04-01", ExitOutcome.EMPLOYMENT)),
        // Starts on New Year's Eve: active in 2021 and, being ongoing, in 2022.
        participant("p2", Gender.MAN, in("individ", "2021-12-31", null, null)),
        // Ended on the last day of 2020: not active in 2021.
        participant("p3", Gender.WOMAN, in("individ", "2020-06-01", "2020-12-31", ExitOutcome.STUDIES)),
        // Starts in 2022 only.
        participant("p4", Gender.MAN, in("individ", "2022-01-01", "2022-02-01", ExitOutcome.MOVED)),
        // Registered in error: never counted.
        participant("p5", Gender.WOMAN, in("individ", "2021-05-01", "2021-05-02", ExitOutcome.ERRONEOUS_REGISTRATION)),
        // Ongoing since 2019.
        participant("p6", Gender.NON_BINARY, in("individ", "2019-01-01", null, null)),
        // In another project only.
        participant("p7", Gender.MAN, in("annan", "2021-05-01", null, null)));

    private static final SamverkanDocument DOCUMENT = SamverkanDocument.builder().parties(PARTIES)
        .addAssociations(FORBUND).addProjects(INDIVIDUAL, OTHER_FINANCIER, COUNTED, ENDED_BEFORE)
        .participants(PARTICIPANTS).build();

    private static FollowUpReport report(int year) {
        return NationalFollowUp.create().report(DOCUMENT, "sf", year).orElseThrow();
    }

    @Test
    void the_forbund_reports_allocated_funds_per_member_equity_and_administration() {
        FollowUpReport report = report(2021);
        assertThat(report.association()).isEqualTo("sf");
        assertThat(report.year()).isEqualTo(2021);
        assertThat(report.allocatedFunds()).contains(Amount.ofKronor(4_000_000));
        assertThat(report.allocationByMember().orElseThrow()).extracting(MemberShare::party, MemberShare::amount)
            .containsExactly(
                tuple("fk", Amount.ofKronor(2_000_000)),
                tuple("region", Amount.ofKronor(1_000_000)),
                tuple("kommun", Amount.ofKronor(1_000_000)));
        assertThat(report.equity()).contains(Amount.ofKronor(-50_000));
        assertThat(report.administrationBudget()).contains(Amount.ofKronor(1_000_000));
        assertThat(report.administrationOutcome()).contains(Amount.ofKronor(950_000));
        assertThat(report(2022).equity()).isEmpty();
        assertThat(report(2022).allocationByMember().orElseThrow()).extracting(MemberShare::amount)
            .containsExactly(Amount.parse("2000000.01"), Amount.parse("1000000.01"), Amount.ofKronor(1_000_000));
    }

    @Test
    void the_insatser_are_those_the_forbund_finances_that_run_during_the_year() {
        assertThat(report(2021).projects()).extracting(ProjectFollowUp::project)
            .containsExactly("individ", "struktur");
        assertThat(NationalFollowUp.create().report(DOCUMENT, "okänd", 2021)).isEmpty();
    }

    @Test
    void a_year_without_funding_still_reports_its_insatser_without_allocation() {
        FollowUpReport report = report(2020);
        assertThat(report.year()).isEqualTo(2020);
        assertThat(report.allocatedFunds()).isEmpty();
        assertThat(report.allocationByMember()).isEmpty();
        assertThat(report.equity()).isEmpty();
        assertThat(report.administrationBudget()).isEmpty();
        assertThat(report.administrationOutcome()).isEmpty();
        // Only "tidigare" (2019–2020) runs in 2020; the others start in 2021.
        assertThat(report.projects()).extracting(ProjectFollowUp::project).containsExactly("tidigare");
    }

    @Test
    void a_forbund_funding_a_line_lists_the_insats_though_it_is_not_a_financier() {
        Project cofunded = Project.builder().from(OTHER_FINANCIER)
            .budget(Budget.builder().addLines(line(2021, "1000", "kommun"), line(2021, "250", "sf")).build())
            .build();
        SamverkanDocument document = SamverkanDocument.builder().from(DOCUMENT)
            .projects(List.of(cofunded)).participants(List.of()).build();
        FollowUpReport report = NationalFollowUp.create().report(document, "sf", 2021).orElseThrow();
        assertThat(report.projects()).extracting(ProjectFollowUp::project, ProjectFollowUp::budget,
            ProjectFollowUp::totalBudget).containsExactly(tuple("annan", Amount.ofKronor(250), Amount.ofKronor(1250)));
        // Not in 2022: no line of that year.
        assertThat(NationalFollowUp.create().report(document, "sf", 2022).orElseThrow().projects()).isEmpty();
    }

    @Test
    void totals_add_the_forbunds_own_budget_outcome_and_participants_over_its_insatser() {
        FollowUpReport report = report(2021);
        // individ 300 000 (sf's lines only) + struktur 0 (no lines).
        assertThat(report.totalBudget()).isEqualTo(Amount.ofKronor(300_000));
        // Only individ has outcome lines for 2021: sf's 280 000.50.
        assertThat(report.totalOutcome()).contains(Amount.parse("280000.50"));
        // individ 3 persons + struktur 4 + 2 counted.
        assertThat(report.participants()).isEqualTo(9);
        assertThat(report(2022).totalOutcome()).isEmpty();
    }

    @Test
    void a_repeated_funding_year_is_reported_once_with_its_first_entry_and_years_ascend() {
        CoordinationAssociation repeated = CoordinationAssociation.builder().from(FORBUND)
            .funding(List.of(Funding.builder().year(2022).total(Amount.ofKronor(10)).build(),
                Funding.builder().year(2021).total(Amount.ofKronor(20)).build(),
                Funding.builder().year(2022).total(Amount.ofKronor(30)).build()))
            .build();
        SamverkanDocument document = SamverkanDocument.builder().from(DOCUMENT).associations(List.of(repeated)).build();
        assertThat(NationalFollowUp.create().reports(document)).extracting(FollowUpReport::year, r -> r.allocatedFunds().orElseThrow())
            .containsExactly(tuple(2021, Amount.ofKronor(20)), tuple(2022, Amount.ofKronor(10)));
    }

    @Test
    void each_insats_reports_orientation_the_forbunds_budget_and_outcome_and_the_whole() {
        ProjectFollowUp individ = report(2021).projects().get(0);
        assertThat(individ.orientation()).isEqualTo(Orientation.INDIVIDUAL);
        assertThat(individ.budget()).isEqualTo(Amount.ofKronor(300_000));
        assertThat(individ.totalBudget()).isEqualTo(Amount.ofKronor(400_000));
        assertThat(individ.outcome()).contains(Amount.parse("280000.50"));
        assertThat(individ.totalOutcome()).contains(Amount.parse("370000.50"));
        assertThat(individ.plannedParticipants()).contains(IntRange.of(40, 60));
        ProjectFollowUp individ2022 = report(2022).projects().get(0);
        assertThat(individ2022.budget()).isEqualTo(Amount.ofKronor(500_000));
        // The outcome has lines of 2021 only: 2022's outcome is not known, not zero.
        assertThat(individ2022.outcome()).isEmpty();
        assertThat(individ2022.totalOutcome()).isEmpty();
        ProjectFollowUp struktur = report(2021).projects().get(1);
        assertThat(struktur.orientation()).isEqualTo(Orientation.STRUCTURAL);
        assertThat(struktur.budget()).isEqualTo(Amount.zero());
        assertThat(struktur.outcome()).isEmpty();
    }

    @Test
    void participants_by_sex_are_the_distinct_persons_active_during_the_year() {
        assertThat(report(2021).projects().get(0).participantsByGender()).containsExactly(
            entry(Gender.WOMAN, 1), entry(Gender.MAN, 1), entry(Gender.NON_BINARY, 1), entry(Gender.UNSPECIFIED, 0));
        assertThat(report(2021).projects().get(0).participants()).isEqualTo(3);
        assertThat(report(2022).projects().get(0).participantsByGender()).containsExactly(
            entry(Gender.WOMAN, 0), entry(Gender.MAN, 2), entry(Gender.NON_BINARY, 1), entry(Gender.UNSPECIFIED, 0));
    }

    @Test
    void a_count_only_insats_reports_its_counts_for_the_year() {
        assertThat(report(2021).projects().get(1).participantsByGender()).containsExactly(
            entry(Gender.WOMAN, 4), entry(Gender.MAN, 2), entry(Gender.NON_BINARY, 0), entry(Gender.UNSPECIFIED, 0));
        assertThat(report(2022).projects().get(1).participants()).isEqualTo(9);
    }

    @Test
    void the_export_covers_every_forbund_and_funding_year_in_document_order() {
        assertThat(NationalFollowUp.create().reports(DOCUMENT)).extracting(FollowUpReport::association, FollowUpReport::year)
            .containsExactly(tuple("sf", 2021), tuple("sf", 2022));
    }

    @Test
    void a_forbund_whose_key_cannot_be_computed_reports_no_allocation_rather_than_a_partial_one() {
        SamverkanDocument withoutRegion = SamverkanDocument.builder().from(DOCUMENT)
            .associations(List.of(CoordinationAssociation.builder().from(FORBUND).members(List.of("fk", "af", "kommun"))
                .build()))
            .build();
        FollowUpReport report = NationalFollowUp.create().report(withoutRegion, "sf", 2021).orElseThrow();
        assertThat(report.allocationByMember()).isEmpty();
        assertThat(report.allocatedFunds()).contains(Amount.ofKronor(4_000_000));
        assertThat(report.projects()).hasSize(2);
    }

    @Test
    void gemensamma_taget_in_2009() {
        SamverkanDocument seed = SeedDocuments.gemensammaTagetVuxna();
        FollowUpReport report = NationalFollowUp.create().report(seed, "samordningsforbundet-umea", 2009).orElseThrow();
        assertThat(report.allocationByMember().orElseThrow()).extracting(MemberShare::amount)
            .containsExactly(Amount.ofKronor(6_000_000), Amount.ofKronor(3_000_000), Amount.ofKronor(3_000_000));
        ProjectFollowUp project = report.projects().get(0);
        assertThat(project.project()).isEqualTo(SeedDocuments.GEMENSAMMA_TAGET);
        assertThat(project.orientation()).isEqualTo(Orientation.INDIVIDUAL);
        assertThat(project.budget()).isEqualTo(Amount.ofKronor(1_365_000));
        assertThat(project.totalBudget()).isEqualTo(Amount.ofKronor(1_365_000));
        assertThat(project.plannedParticipants()).contains(IntRange.of(80, 100));
        assertThat(project.participants()).isZero();
    }

    @Test
    void gemensamma_taget_with_synthetic_participants_counts_each_active_person_once() {
        SamverkanDocument seed = SeedDocuments.gemensammaTagetVuxna(120, 7);
        Period year = Period.of(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31));
        long expected = seed.getParticipants().stream()
            .filter(p -> p.getParticipations().stream().anyMatch(x -> x.isCounted()
                && !x.getStart().isAfter(year.getEnd()) && x.getEnd().map(e -> !e.isBefore(year.getStart())).orElse(true)))
            .count();
        ProjectFollowUp project = NationalFollowUp.create().report(seed, "samordningsforbundet-umea", 2009).orElseThrow()
            .projects().get(0);
        assertThat(expected).isPositive();
        assertThat(project.participants()).isEqualTo((int) expected);
        assertThat(CostSharing.of(MeasurementScope.of(year)).projectFinancing(seed.getProjects().get(0)).budget().total())
            .isEqualTo(project.totalBudget());
    }
}

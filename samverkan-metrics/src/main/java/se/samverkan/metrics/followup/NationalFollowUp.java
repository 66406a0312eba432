package se.samverkan.metrics.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.MeasurementWindow;
import se.samverkan.metrics.costs.AssociationKey;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.metrics.costs.Financing;
import se.samverkan.metrics.costs.FunderShare;
import se.samverkan.metrics.costs.ProjectFinancing;
import se.samverkan.metrics.internal.CountOnlyFigures;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.Funding;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Project;
import se.samverkan.model.time.Period;

/**
 * The national follow-up export (<i>Uppföljning Finsam</i>, formerly SUS; docs/metrics.md): per förbund and
 * year, the figures the national follow-up system asks for, derived from a document.
 *
 * <p>A report is made for every distinct funding year of every förbund: förbund in document order, years
 * ascending (when a year has two funding entries, the first counts). The förbund's insatser in a year are
 * the projects whose period touches the year and whose {@code financiers} include the förbund or that
 * have a budget or outcome line of the year funded by it; a förbund that is only owner or partner of a
 * project does not list it. Money is exact; the allocation per member uses the förbund key
 * ({@link CostSharing#key}). Participants by sex are defined in
 * {@link ProjectFollowUp#participantsByGender()}. Nothing here throws on a structurally valid
 * document.
 *
 * <pre>{@code
 * NationalFollowUp followUp = NationalFollowUp.create();   // share it: thread-safe
 * Optional<FollowUpReport> report = followUp.report(document, "sf-norr", 2026);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The static methods of 0.1 remain for now, deprecated.
 */
public final class NationalFollowUp {

    private static final NationalFollowUp INSTANCE = new NationalFollowUp();

    private NationalFollowUp() {
    }

    /**
     * The national follow-up. The follow-up asks for fixed figures per calendar year, so there is nothing
     * to configure.
     *
     * @return the service, never null
     */
    public static NationalFollowUp create() {
        return INSTANCE;
    }

    /**
     * The follow-up reports of every förbund and funding year of the document.
     *
     * @param document the document, not null
     * @return the unmodifiable reports, förbund by förbund in document order and within a förbund by
     *     funding year ascending; never null
     * @throws NullPointerException if {@code document} is null
     */
    public List<FollowUpReport> reports(SamverkanDocument document) {
        Objects.requireNonNull(document, "document");
        Map<String, List<Participant>> participants = participantsByProject(document);
        List<AssociationKey> keys = CostSharing.create().keys(document);
        List<FollowUpReport> reports = new ArrayList<>();
        List<CoordinationAssociation> associations = document.getAssociations();
        for (int i = 0; i < associations.size(); i++) {
            Map<Integer, Funding> years = new TreeMap<>();
            for (Funding funding : associations.get(i).getFunding()) {
                years.putIfAbsent(funding.getYear(), funding);
            }
            for (Funding funding : years.values()) {
                reports.add(report(document, keys.get(i), funding.getYear(), Optional.of(funding), participants));
            }
        }
        return List.copyOf(reports);
    }

    /**
     * The follow-up report of one förbund and year (the first förbund with the id, and its first funding
     * entry for the year). A year without a funding entry still gets a report, without allocation.
     *
     * @param document the document, not null
     * @param association the förbund's id, not null
     * @param year the calendar year
     * @return the report, or empty when the document has no such förbund
     * @throws NullPointerException if {@code document} or {@code association} is null
     */
    public Optional<FollowUpReport> report(SamverkanDocument document, String association, int year) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(association, "association");
        Optional<CoordinationAssociation> found =
            document.getAssociations().stream().filter(a -> a.getId().equals(association)).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<Funding> funding = found.get().getFunding().stream().filter(f -> f.getYear() == year).findFirst();
        AssociationKey key = CostSharing.create().key(document, association).orElseThrow();
        return Optional.of(report(document, key, year, funding, participantsByProject(document)));
    }

    /**
     * The follow-up reports of every förbund and funding year of the document.
     *
     * @param document the document, not null
     * @return the unmodifiable reports, never null
     * @throws NullPointerException if {@code document} is null
     * @deprecated use {@link #reports(SamverkanDocument) NationalFollowUp.create().reports(document)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public static List<FollowUpReport> export(SamverkanDocument document) {
        return INSTANCE.reports(document);
    }

    /**
     * The follow-up report of one förbund and year.
     *
     * @param document the document, not null
     * @param association the förbund's id, not null
     * @param year the calendar year
     * @return the report, or empty when the document has no such förbund
     * @throws NullPointerException if {@code document} or {@code association} is null
     * @deprecated use {@link #report(SamverkanDocument, String, int)
     *     NationalFollowUp.create().report(document, association, year)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public static Optional<FollowUpReport> export(SamverkanDocument document, String association, int year) {
        return INSTANCE.report(document, association, year);
    }

    private static FollowUpReport report(SamverkanDocument document, AssociationKey key, int year,
            Optional<Funding> funding, Map<String, List<Participant>> participants) {
        Period calendarYear = Period.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        String association = key.association();
        List<ProjectFollowUp> projects = new ArrayList<>();
        for (Project project : document.getProjects()) {
            if (!project.getPeriod().touchesYear(year)) {
                continue;
            }
            ProjectFinancing financing =
                CostSharing.of(MeasurementScope.of(calendarYear)).projectFinancing(project);
            boolean linesOfYear = hasLineOfYear(project.getOutcome(), year);
            if (project.getFinanciers().contains(association) || funds(financing.budget(), association)
                || linesOfYear && funds(financing.outcome().orElseThrow(), association)) {
                projects.add(project(project, financing, linesOfYear, association, calendarYear,
                    participants.getOrDefault(project.getId(), List.of())));
            }
        }
        return FollowUpReport.of(association, year, funding,
            funding.flatMap(f -> key.split(f.getTotal())), projects);
    }

    private static ProjectFollowUp project(Project project, ProjectFinancing financing, boolean outcomeOfYear,
            String association, Period year, List<Participant> participants) {
        ProjectFollowUp.Builder builder = new ProjectFollowUp.Builder()
            .project(project.getId(), project.getOrientation())
            .budget(paidBy(financing.budget(), association), financing.budget().total())
            .plannedParticipants(project.getTargetGroup().getPlannedParticipants().orElse(null))
            .participantsByGender(participantsByGender(project, year, participants));
        if (outcomeOfYear) {
            Financing outcome = financing.outcome().orElseThrow();
            builder.outcome(paidBy(outcome, association), outcome.total());
        }
        return builder.build();
    }

    /** Whether the outcome has a line of the year: without one the year's outcome is unknown, not zero. */
    private static boolean hasLineOfYear(Optional<Budget> outcome, int year) {
        return outcome.map(o -> o.getLines().stream().anyMatch(line -> line.getYear() == year)).orElse(false);
    }

    private static boolean funds(Financing financing, String association) {
        return financing.byFunder().stream().anyMatch(f -> f.party().equals(association));
    }

    private static Amount paidBy(Financing financing, String association) {
        return financing.byFunder().stream().filter(f -> f.party().equals(association))
            .map(FunderShare::amount).findFirst().orElse(Amount.zero());
    }

    private static Map<Gender, Integer> participantsByGender(Project project, Period year,
            List<Participant> participants) {
        if (project.getMeasurement() == Measurement.COUNT_ONLY) {
            return CountOnlyFigures.startedByGender(project, year::touchesYear);
        }
        // Distinct persons: a participant with two active participations in the year counts once; with
        // duplicate participant ids the first one's gender counts.
        Map<String, Gender> active = new LinkedHashMap<>();
        MeasurementWindow window = MeasurementWindow.of(project.getId(), year, year.getEnd());
        for (Participant participant : participants) {
            for (Participation participation : participant.getParticipations()) {
                if (window.isActive(participation)) {
                    active.putIfAbsent(participant.getId(), participant.getGender());
                }
            }
        }
        Map<Gender, Integer> counts = new EnumMap<>(Gender.class);
        for (Gender gender : active.values()) {
            counts.merge(gender, 1, Integer::sum);
        }
        return counts;
    }

    /** The participants with at least one participation in each project, so that each year scans few. */
    private static Map<String, List<Participant>> participantsByProject(SamverkanDocument document) {
        Map<String, List<Participant>> byProject = new HashMap<>();
        for (Participant participant : document.getParticipants()) {
            participant.getParticipations().stream().map(Participation::getProject).distinct()
                .forEach(project -> byProject.computeIfAbsent(project, p -> new ArrayList<>()).add(participant));
        }
        return byProject;
    }
}

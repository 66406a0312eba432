package se.samverkan.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.ImmutableIndicator;
import se.samverkan.model.goal.Indicator;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.ImmutableParticipation;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.project.ImmutableProject;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.ProjectKind;
import se.samverkan.model.project.TargetGroup;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.time.Period;

/** Small builders for metric tests: projects, participants and participations with few words. */
public final class Fixtures {

    /** The id of the project most tests measure. */
    public static final String PROJECT = "gt-vuxna";

    private Fixtures() {
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    public static Period period(String start, String end) {
        return Period.of(date(start), date(end));
    }

    /** A person-level project builder with the given period; goals etc. may be added. */
    public static ImmutableProject.Builder project(String id, Period period) {
        return Project.builder()
            .id(id)
            .name("Projekt " + id)
            .kind(ProjectKind.PROJECT)
            .orientation(Orientation.INDIVIDUAL)
            .measurement(Measurement.PERSON_LEVEL)
            .owner("af")
            .addFinanciers("sf-umea")
            .addPartners("fk", "umea")
            .period(period)
            .targetGroup(TargetGroup.builder().description("Personer 18–64 år").ageRange(IntRange.of(18, 64)).build());
    }

    /** The standard test project: 2008-03-01 to 2010-02-28 with the given goals. */
    public static Project project(Goal... goals) {
        return project(PROJECT, period("2008-03-01", "2010-02-28")).addGoals(goals).build();
    }

    /** A participation in {@link #PROJECT} starting on the given date. */
    public static ImmutableParticipation.Builder started(String start) {
        return Participation.builder().project(PROJECT).start(date(start));
    }

    /** A participation in {@link #PROJECT} that ended with an outcome. */
    public static ImmutableParticipation.Builder ended(String start, String end, ExitOutcome outcome) {
        return started(start).end(date(end)).exitOutcome(outcome);
    }

    /** A birth year as the model holds it: {@code null} is an unknown year. */
    public static OptionalInt born(Integer birthYear) {
        return birthYear == null ? OptionalInt.empty() : OptionalInt.of(birthYear);
    }

    public static Participant person(String id, Gender gender, Integer birthYear, Participation... participations) {
        return Participant.builder().id(id).gender(gender).birthYear(born(birthYear))
            .addParticipations(participations).build();
    }

    public static Participant person(String id, Gender gender, Integer birthYear,
            ImmutableParticipation.Builder... participations) {
        return Participant.builder().id(id).gender(gender).birthYear(born(birthYear))
            .addAllParticipations(List.of(participations).stream().map(ImmutableParticipation.Builder::build).toList())
            .build();
    }

    public static ImmutableIndicator.Builder indicator(IndicatorType type) {
        return Indicator.builder().type(type);
    }

    public static Goal goal(String id, Indicator indicator, Target target) {
        return Goal.builder().id(id).title("Mål " + id).indicator(indicator).target(target).build();
    }

    public static Goal goal(String id, ImmutableIndicator.Builder indicator, Target target) {
        return goal(id, indicator.build(), target);
    }

    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}

package se.samverkan.benchmarks;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.samverkan.metrics.MeasurementWindow;
import se.samverkan.metrics.participants.AgeBands;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;

/**
 * A control between (f) and (g): the figures of {@link ParticipationColumns} computed by one hand-written
 * loop over the same immutable model objects (<i>deltagare</i> and their <i>deltaganden</i>) the library
 * walks, without lambdas, boxing or per-record maps. It separates what the object model costs (pointer
 * chasing, {@code LocalDate}, {@code Optional}) from what the library's accumulators add.
 */
final class ObjectModelLoop {

    private final String project;
    private final long periodStart;
    private final long periodEnd;
    private final long asOf;
    private final int[] bandOfAge;
    private final int bandCount;

    ObjectModelLoop(MeasurementWindow window, AgeBands bands) {
        project = window.project();
        periodStart = window.period().getStart().toEpochDay();
        periodEnd = window.period().getEnd().toEpochDay();
        asOf = window.asOf().toEpochDay();
        bandCount = bands.bands().size();
        bandOfAge = new int[201];
        for (int age = 0; age < bandOfAge.length; age++) {
            bandOfAge[age] = bands.indexOf(age).orElse(-1);
        }
    }

    ParticipationColumns.Figures compute(List<Participant> participants) {
        int started = 0;
        int ended = 0;
        int ongoing = 0;
        int distinct = 0;
        int[] byGender = new int[Gender.values().length];
        int[] byBand = new int[bandCount + 1];
        int[] byOutcome = new int[ExitOutcome.values().length];
        int[] durations = new int[(int) (periodEnd - periodStart) + 2];
        long durationSum = 0;
        int recorded = 0;
        int supportedAtStart = 0;
        int supportedAtEnd = 0;
        int leftSupport = 0;
        for (Participant participant : participants) {
            boolean anyStarted = false;
            for (Participation participation : participant.getParticipations()) {
                Optional<ExitOutcome> exit = participation.getExitOutcome();
                ExitOutcome outcome = exit.isPresent() ? exit.get() : null;
                if (outcome == ExitOutcome.ERRONEOUS_REGISTRATION || !participation.getProject().equals(project)) {
                    continue;
                }
                LocalDate startDate = participation.getStart();
                long start = startDate.toEpochDay();
                Optional<LocalDate> endDate = participation.getEnd();
                long end = endDate.isPresent() ? endDate.get().toEpochDay() : Long.MAX_VALUE;
                if (start >= periodStart && start <= periodEnd && start <= asOf) {
                    started++;
                    anyStarted = true;
                    byGender[participant.getGender().ordinal()]++;
                    OptionalInt born = participant.getBirthYear();
                    if (born.isEmpty()) {
                        byBand[bandCount]++;
                    } else {
                        int age = startDate.getYear() - born.getAsInt();
                        int band = age >= 0 && age < bandOfAge.length ? bandOfAge[age] : -1;
                        if (band >= 0) {
                            byBand[band]++;
                        }
                    }
                }
                if (end != Long.MAX_VALUE && end >= periodStart && end <= periodEnd && end <= asOf) {
                    ended++;
                    if (outcome != null) {
                        byOutcome[outcome.ordinal()]++;
                    }
                    int days = (int) (end - start + 1);
                    if (days >= durations.length) {
                        durations = Arrays.copyOf(durations, days + 1);
                    }
                    durations[days]++;
                    durationSum += days;
                    int atStart = publicSupport(participation.getIncomeAtStart());
                    int atEnd = publicSupport(participation.getIncomeAtEnd());
                    if (atStart >= 0 && atEnd >= 0) {
                        recorded++;
                        supportedAtStart += atStart;
                        supportedAtEnd += atEnd;
                        leftSupport += atStart & (atEnd ^ 1);
                    }
                }
                if (start <= asOf && end > asOf) {
                    ongoing++;
                }
            }
            if (anyStarted) {
                distinct++;
            }
        }
        return new ParticipationColumns.Figures(started, ended, ongoing, distinct, byGender, byBand, byOutcome,
            ParticipationColumns.mean(durationSum, ended), ParticipationColumns.median(durations, ended),
            new int[] {recorded, supportedAtStart, supportedAtEnd, leftSupport});
    }

    private static int publicSupport(java.util.Set<IncomeSource> sources) {
        if (sources.isEmpty()) {
            return -1;
        }
        for (IncomeSource source : sources) {
            if (source.isPublicSupport()) {
                return 1;
            }
        }
        return 0;
    }
}

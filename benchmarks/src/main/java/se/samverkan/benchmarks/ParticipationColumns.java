package se.samverkan.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.samverkan.metrics.MeasurementWindow;
import se.samverkan.metrics.participants.AgeBands;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;

/**
 * The baseline for metrics over participants in memory (issue 6 (g)): the participations
 * (<i>deltaganden</i>) of one project as primitive columns, and a hand-written loop computing the same
 * figures as the library's participant summary and income transitions (docs/metrics.md): started, ended,
 * ongoing, distinct persons, started by gender and age band, ended by outcome, mean and median duration,
 * income transitions.
 */
final class ParticipationColumns {

    private static final int NONE = Integer.MIN_VALUE;
    private static final int NOT_RECORDED = -1;

    private final int size;
    private final int[] owner;
    private final byte[] gender;
    private final int[] birthYear;
    private final int[] startYear;
    private final int[] startDay;
    private final int[] endDay;
    private final byte[] outcome;
    private final byte[] publicAtStart;
    private final byte[] publicAtEnd;

    private final int periodStart;
    private final int periodEnd;
    private final int asOf;
    private final int[] bandOfAge;
    private final int bandCount;
    private final int longestDuration;
    private final int erroneous = ExitOutcome.ERRONEOUS_REGISTRATION.ordinal();

    ParticipationColumns(List<Participant> participants, MeasurementWindow window, AgeBands bands) {
        List<int[]> rows = new ArrayList<>();
        for (int p = 0; p < participants.size(); p++) {
            Participant participant = participants.get(p);
            for (Participation participation : participant.getParticipations()) {
                if (!participation.getProject().equals(window.project())) {
                    continue;
                }
                rows.add(new int[] {
                    p,
                    participant.getGender().ordinal(),
                    participant.getBirthYear().orElse(NONE),
                    participation.getStart().getYear(),
                    (int) participation.getStart().toEpochDay(),
                    participation.getEnd().map(end -> (int) end.toEpochDay()).orElse(NONE),
                    participation.getExitOutcome().map(Enum::ordinal).orElse(NOT_RECORDED),
                    publicSupport(participation.getIncomeAtStart()),
                    publicSupport(participation.getIncomeAtEnd())});
            }
        }
        size = rows.size();
        owner = new int[size];
        gender = new byte[size];
        birthYear = new int[size];
        startYear = new int[size];
        startDay = new int[size];
        endDay = new int[size];
        outcome = new byte[size];
        publicAtStart = new byte[size];
        publicAtEnd = new byte[size];
        for (int i = 0; i < size; i++) {
            int[] row = rows.get(i);
            owner[i] = row[0];
            gender[i] = (byte) row[1];
            birthYear[i] = row[2];
            startYear[i] = row[3];
            startDay[i] = row[4];
            endDay[i] = row[5];
            outcome[i] = (byte) row[6];
            publicAtStart[i] = (byte) row[7];
            publicAtEnd[i] = (byte) row[8];
        }
        int longest = 0;
        for (int i = 0; i < size; i++) {
            longest = endDay[i] == NONE ? longest : Math.max(longest, endDay[i] - startDay[i] + 1);
        }
        longestDuration = longest;
        periodStart = (int) window.period().getStart().toEpochDay();
        periodEnd = (int) window.period().getEnd().toEpochDay();
        asOf = (int) window.asOf().toEpochDay();
        bandCount = bands.bands().size();
        bandOfAge = new int[201];
        for (int age = 0; age < bandOfAge.length; age++) {
            bandOfAge[age] = bands.indexOf(age).orElse(-1);
        }
    }

    private static int publicSupport(Set<IncomeSource> sources) {
        if (sources.isEmpty()) {
            return NOT_RECORDED;
        }
        for (IncomeSource source : sources) {
            if (source.isPublicSupport()) {
                return 1;
            }
        }
        return 0;
    }

    /** The figures of one pass over the columns. */
    Figures compute() {
        int started = 0;
        int ended = 0;
        int ongoing = 0;
        int distinct = 0;
        int lastCountedOwner = -1;
        int[] byGender = new int[Gender.values().length];
        int[] byBand = new int[bandCount + 1];
        int[] byOutcome = new int[ExitOutcome.values().length];
        int[] durations = new int[longestDuration + 1];
        long durationSum = 0;
        int recorded = 0;
        int supportedAtStart = 0;
        int supportedAtEnd = 0;
        int leftSupport = 0;
        for (int i = 0; i < size; i++) {
            int out = outcome[i];
            if (out == erroneous) {
                continue;
            }
            int start = startDay[i];
            int end = endDay[i];
            if (start >= periodStart && start <= periodEnd && start <= asOf) {
                started++;
                byGender[gender[i]]++;
                if (owner[i] != lastCountedOwner) {
                    distinct++;
                    lastCountedOwner = owner[i];
                }
                int born = birthYear[i];
                if (born == NONE) {
                    byBand[bandCount]++;
                } else {
                    int age = startYear[i] - born;
                    int band = age >= 0 && age < bandOfAge.length ? bandOfAge[age] : -1;
                    if (band >= 0) {
                        byBand[band]++;
                    }
                }
            }
            if (end != NONE && end >= periodStart && end <= periodEnd && end <= asOf) {
                ended++;
                if (out >= 0) {
                    byOutcome[out]++;
                }
                int days = end - start + 1;
                durations[days]++;
                durationSum += days;
                int atStart = publicAtStart[i];
                int atEnd = publicAtEnd[i];
                if (atStart != NOT_RECORDED && atEnd != NOT_RECORDED) {
                    recorded++;
                    supportedAtStart += atStart;
                    supportedAtEnd += atEnd;
                    leftSupport += atStart & (atEnd ^ 1);
                }
            }
            if (start <= asOf && (end == NONE || end > asOf)) {
                ongoing++;
            }
        }
        return new Figures(started, ended, ongoing, distinct, byGender, byBand, byOutcome,
            mean(durationSum, ended), median(durations, ended),
            new int[] {recorded, supportedAtStart, supportedAtEnd, leftSupport});
    }

    static BigDecimal mean(long sum, int count) {
        return count == 0 ? null
            : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_EVEN);
    }

    static BigDecimal median(int[] histogram, int count) {
        if (count == 0) {
            return null;
        }
        int lowIndex = (count - 1) / 2;
        int highIndex = count / 2;
        int low = -1;
        int seen = 0;
        for (int days = 0; days < histogram.length; days++) {
            seen += histogram[days];
            if (low < 0 && seen > lowIndex) {
                low = days;
            }
            if (seen > highIndex) {
                return BigDecimal.valueOf(low + (long) days).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_EVEN);
            }
        }
        throw new IllegalStateException("histogram holds fewer than " + count + " durations");
    }

    /**
     * The figures of one project: counts, per-gender/band/outcome arrays (by ordinal; the last band slot
     * counts unknown ages), exact mean and median duration in days, and the income transitions
     * {recorded, supportedAtStart, supportedAtEnd, leftSupport}.
     */
    record Figures(int started, int ended, int ongoing, int distinctPersons, int[] byGender, int[] byBand,
            int[] byOutcome, BigDecimal meanDays, BigDecimal medianDays, int[] income) {
    }
}

package se.samverkan.metrics.rules;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The participants of a streamed document by id, kept compactly so that memory grows with the number of
 * distinct ids only: per id the index of its first participant, and a summary of each counted
 * participation of every participant with the id — project (a number), first and last day (epoch days),
 * whether a re-enrolment reason is given, and its place (participant and participation index). Open
 * addressing over parallel arrays; no object per participant or participation. Not thread-safe.
 */
final class People {

    static final int NONE = -1;

    private String[] ids = new String[64];
    private int[] firsts = new int[64];
    private int[] lasts = new int[64]; // the id's latest enrolment, chained back through previous
    private int size;

    private int[] project = new int[64];
    private long[] start = new long[64];
    private long[] lastDay = new long[64];
    private boolean[] reason = new boolean[64];
    private int[] participant = new int[64];
    private int[] participation = new int[64];
    private int[] previous = new int[64];
    private int enrolments;

    /**
     * Registers a participant's id: the slot of the id, and whether it is new is told by
     * {@link #first(int)} being this participant.
     */
    int register(String id, int index) {
        int slot = slot(id);
        if (ids[slot] == null) {
            ids[slot] = id;
            firsts[slot] = index;
            lasts[slot] = NONE;
            size++;
            if (size * 2 > ids.length) {
                grow();
                slot = slot(id);
            }
        }
        return slot;
    }

    /** The index of the first participant with the id in the slot. */
    int first(int slot) {
        return firsts[slot];
    }

    /** Records a counted participation of the person in the slot. */
    void enrol(int slot, int projectNumber, long startDay, long last, boolean hasReason, int participantIndex,
        int participationIndex) {
        if (enrolments == project.length) {
            int length = Math.addExact(enrolments, enrolments >> 1);
            project = Arrays.copyOf(project, length);
            start = Arrays.copyOf(start, length);
            lastDay = Arrays.copyOf(lastDay, length);
            reason = Arrays.copyOf(reason, length);
            participant = Arrays.copyOf(participant, length);
            participation = Arrays.copyOf(participation, length);
            previous = Arrays.copyOf(previous, length);
        }
        int e = enrolments++;
        project[e] = projectNumber;
        start[e] = startDay;
        lastDay[e] = last;
        reason[e] = hasReason;
        participant[e] = participantIndex;
        participation[e] = participationIndex;
        previous[e] = lasts[slot];
        lasts[slot] = e;
    }

    /**
     * Hands each person with two or more counted participations to {@code person}, as the numbers of its
     * enrolments (latest recorded first).
     */
    void forEachWithSeveral(Consumer<int[]> person) {
        for (int slot = 0; slot < ids.length; slot++) {
            if (ids[slot] == null || lasts[slot] == NONE || previous[lasts[slot]] == NONE) {
                continue;
            }
            int count = 0;
            for (int e = lasts[slot]; e != NONE; e = previous[e]) {
                count++;
            }
            int[] chain = new int[count];
            int i = 0;
            for (int e = lasts[slot]; e != NONE; e = previous[e]) {
                chain[i++] = e;
            }
            person.accept(chain);
        }
    }

    int project(int enrolment) {
        return project[enrolment];
    }

    long start(int enrolment) {
        return start[enrolment];
    }

    long lastDay(int enrolment) {
        return lastDay[enrolment];
    }

    boolean hasReason(int enrolment) {
        return reason[enrolment];
    }

    int participant(int enrolment) {
        return participant[enrolment];
    }

    int participation(int enrolment) {
        return participation[enrolment];
    }

    private int slot(String id) {
        int mask = ids.length - 1;
        int slot = spread(id.hashCode()) & mask;
        while (ids[slot] != null && !ids[slot].equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldFirsts = firsts;
        int[] oldLasts = lasts;
        ids = new String[Math.multiplyExact(oldIds.length, 2)];
        firsts = new int[ids.length];
        lasts = new int[ids.length];
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = slot(oldIds[i]);
                ids[slot] = oldIds[i];
                firsts[slot] = oldFirsts[i];
                lasts[slot] = oldLasts[i];
            }
        }
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}

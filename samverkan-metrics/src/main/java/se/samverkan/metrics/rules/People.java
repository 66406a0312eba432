package se.samverkan.metrics.rules;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The participants of a streamed document by id, kept compactly so that memory grows with the number of
 * distinct ids only, at a few dozen bytes each: per id its characters (in a shared byte pool, one byte per
 * ASCII character), the index of its first participant, and a summary of each counted participation of
 * every participant with the id — project (a number), first and last day (epoch days), whether a
 * re-enrolment reason is given, and its place (participant and participation index). Open addressing
 * over parallel arrays; no object is kept per participant or participation. Not thread-safe.
 */
final class People {

    private static final int NONE = -1;
    private static final int REASON = 1 << 31;
    private static final byte WIDE = (byte) 0x80;

    // The ids: table slot -> id number + 1 (0 when free); id number -> its bytes, first participant, last enrolment.
    private int[] table = new int[64];
    private byte[] pool = new byte[256];
    private int poolSize;
    private int[] offsets = new int[33];
    private int[] firsts = new int[32];
    private int[] lasts = new int[32];
    private int size;

    // The enrolments, each chained back to the same person's previous one.
    private int[] project = new int[32];
    private long[] start = new long[32];
    private long[] lastDay = new long[32];
    private int[] participant = new int[32];
    private int[] participation = new int[32]; // the index, with REASON set when a reason is given
    private int[] previous = new int[32];
    private int enrolments;

    /** The number of the person with the id, registering it with its first participant when new. */
    int register(String id, int index) {
        byte[] key = encode(id);
        int mask = table.length - 1;
        int slot = spread(id.hashCode()) & mask;
        while (table[slot] != 0) {
            int person = table[slot] - 1;
            if (Arrays.equals(pool, offsets[person], offsets[person + 1], key, 0, key.length)) {
                return person;
            }
            slot = (slot + 1) & mask;
        }
        int person = size++;
        if (person == firsts.length) {
            int length = Math.addExact(person, person >> 1);
            firsts = Arrays.copyOf(firsts, length);
            lasts = Arrays.copyOf(lasts, length);
            offsets = Arrays.copyOf(offsets, length + 1);
        }
        if (poolSize + key.length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(Math.addExact(pool.length, pool.length >> 1), poolSize + key.length));
        }
        System.arraycopy(key, 0, pool, poolSize, key.length);
        poolSize += key.length;
        offsets[person + 1] = poolSize;
        firsts[person] = index;
        lasts[person] = NONE;
        table[slot] = person + 1;
        if (size * 4L > table.length * 3L) {
            rehash();
        }
        return person;
    }

    /** The index of the person's first participant. */
    int first(int person) {
        return firsts[person];
    }

    /** Records a counted participation of the person. */
    void enrol(int person, int projectNumber, long startDay, long last, boolean hasReason, int participantIndex,
        int participationIndex) {
        if (enrolments == project.length) {
            int length = Math.addExact(enrolments, enrolments >> 1);
            project = Arrays.copyOf(project, length);
            start = Arrays.copyOf(start, length);
            lastDay = Arrays.copyOf(lastDay, length);
            participant = Arrays.copyOf(participant, length);
            participation = Arrays.copyOf(participation, length);
            previous = Arrays.copyOf(previous, length);
        }
        int e = enrolments++;
        project[e] = projectNumber;
        start[e] = startDay;
        lastDay[e] = last;
        participant[e] = participantIndex;
        participation[e] = hasReason ? participationIndex | REASON : participationIndex;
        previous[e] = lasts[person];
        lasts[person] = e;
    }

    /**
     * Hands each person with two or more counted participations to {@code person}, as the numbers of its
     * enrolments (latest recorded first).
     */
    void forEachWithSeveral(Consumer<int[]> person) {
        for (int p = 0; p < size; p++) {
            if (lasts[p] == NONE || previous[lasts[p]] == NONE) {
                continue;
            }
            int count = 0;
            for (int e = lasts[p]; e != NONE; e = previous[e]) {
                count++;
            }
            int[] chain = new int[count];
            int i = 0;
            for (int e = lasts[p]; e != NONE; e = previous[e]) {
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
        return (participation[enrolment] & REASON) != 0;
    }

    int participant(int enrolment) {
        return participant[enrolment];
    }

    int participation(int enrolment) {
        return participation[enrolment] & ~REASON;
    }

    /** The id's characters, one byte each below 128, else a marker byte and two bytes. Decodable, so unique. */
    private static byte[] encode(String id) {
        int wide = 0;
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) >= 0x80) {
                wide++;
            }
        }
        byte[] bytes = new byte[id.length() + 2 * wide];
        int at = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x80) {
                bytes[at++] = (byte) c;
            } else {
                bytes[at++] = WIDE;
                bytes[at++] = (byte) (c >>> 8);
                bytes[at++] = (byte) c;
            }
        }
        return bytes;
    }

    private void rehash() {
        table = new int[Math.multiplyExact(table.length, 2)];
        int mask = table.length - 1;
        for (int person = 0; person < size; person++) {
            int slot = spread(hash(person)) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = person + 1;
        }
    }

    /** The {@link String#hashCode()} of the person's id, from its bytes. */
    private int hash(int person) {
        int hash = 0;
        for (int i = offsets[person]; i < offsets[person + 1]; i++) {
            char c;
            if (pool[i] == WIDE) {
                c = (char) (((pool[i + 1] & 0xFF) << 8) | (pool[i + 2] & 0xFF));
                i += 2;
            } else {
                c = (char) pool[i];
            }
            hash = 31 * hash + c;
        }
        return hash;
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}

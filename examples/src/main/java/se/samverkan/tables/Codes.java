package se.samverkan.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import se.samverkan.model.Labelled;

/**
 * The values of one coded column: a constant's code, its Swedish label or its English label, whatever
 * the case, with spaces around commas ignored ({@code "Sjukpenning,rehabiliteringspenning"} is the label
 * {@code "Sjukpenning, rehabiliteringspenning"}).
 *
 * <p>A cell may list several values separated by commas. Since some labels contain a comma, the cell is
 * split at every comma and a piece that is no value is joined with the next piece and tried again; the
 * cell is bad only when no joining gives values.
 */
final class Codes<E extends Enum<E> & Labelled> {

    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Class<E> type;
    private final Map<String, E> byKey = new HashMap<>();

    private Codes(Class<E> type) {
        this.type = type;
        for (E constant : type.getEnumConstants()) {
            byKey.put(key(constant.name()), constant);
        }
        for (E constant : type.getEnumConstants()) {
            byKey.putIfAbsent(key(constant.swedishLabel()), constant);
            byKey.putIfAbsent(key(constant.englishLabel()), constant);
        }
    }

    static <E extends Enum<E> & Labelled> Codes<E> of(Class<E> type) {
        return new Codes<>(type);
    }

    Class<E> type() {
        return type;
    }

    /** The constant a whole cell names, if any. */
    Optional<E> one(String text) {
        return Optional.ofNullable(byKey.get(key(text)));
    }

    /** The constants a cell lists, in order without repeats; empty when some part names none. */
    Optional<Set<E>> several(String text) {
        Scan<E> scan = scan(text);
        return scan.unknown() == null ? Optional.of(scan.values()) : Optional.empty();
    }

    /**
     * The first piece of a cell that names no constant (after the same joining as {@link #several}), trimmed;
     * the whole cell, trimmed, when every piece names one.
     */
    String firstUnknown(String text) {
        String unknown = scan(text).unknown();
        return unknown == null ? text.trim() : unknown;
    }

    /** A cell split at its commas, each piece joined with the next ones until it names a constant. */
    private Scan<E> scan(String text) {
        String[] pieces = text.split(",", -1);
        Set<E> values = new LinkedHashSet<>();
        int i = 0;
        while (i < pieces.length) {
            StringBuilder joined = new StringBuilder(pieces[i]);
            E found = byKey.get(key(joined.toString()));
            int j = i;
            while (found == null && j + 1 < pieces.length) {
                j++;
                joined.append(',').append(pieces[j]);
                found = byKey.get(key(joined.toString()));
            }
            if (found == null) {
                return new Scan<>(values, pieces[i].trim());
            }
            values.add(found);
            i = j + 1;
        }
        return new Scan<>(values, null);
    }

    /** The constants found, and the first piece that names none (null when every piece names one). */
    private record Scan<E>(Set<E> values, String unknown) {
    }

    /** The labels in one language ({@code sv} or {@code en}), in the order of the codes, for messages. */
    List<String> labels(boolean english) {
        List<String> labels = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            labels.add(english ? constant.englishLabel() : constant.swedishLabel());
        }
        return labels;
    }

    /** The codes, for messages and drop-down lists. */
    List<String> codes() {
        List<String> codes = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            codes.add(constant.name());
        }
        return codes;
    }

    /** Case, surrounding spaces and spaces around commas do not matter. */
    private static String key(String text) {
        return SPACES.matcher(COMMA.matcher(text.trim()).replaceAll(", ")).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}

package se.samverkan.tables;

import java.util.Locale;
import java.util.Optional;

/** What an imported table holds, one row per item. */
public enum TableKind {
    /** One row per participation (<i>deltagande</i>); rows of one participant id form one participant. */
    PARTICIPATIONS,
    /** One row per budget or outcome line (<i>budgetrad, utfallsrad</i>) of a project in the document. */
    BUDGET;

    /**
     * The kind named on the command line.
     *
     * @param name {@code participations} or {@code budget}, not null
     * @return the kind, or empty for any other name
     */
    public static Optional<TableKind> named(String name) {
        for (TableKind kind : values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

package se.samverkan.metrics.disclosure;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One figure of the published view (<i>publicerad uppgift</i>) that is not a plain count: a share, an
 * interval, a duration, a unit cost. It is in one of three states: <em>shown</em> (it carries its value),
 * <em>absent</em> (the figure is undefined, such as the share of an empty population, and is printed as
 * undefined) or <em>hidden</em> (disclosure control withholds it; the value is not kept).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the figure's type
 */
public final class PublishedFigure<T> {

    private static final PublishedFigure<?> HIDDEN = new PublishedFigure<>(null, true);
    private static final PublishedFigure<?> ABSENT = new PublishedFigure<>(null, false);

    private final T value;
    private final boolean hidden;

    private PublishedFigure(T value, boolean hidden) {
        this.value = value;
        this.hidden = hidden;
    }

    /**
     * The published form of an exact figure: absent when there is no figure, otherwise hidden when
     * {@code hide} holds and shown when it does not.
     *
     * @param exact the exact figure, not null (may be empty)
     * @param hide whether disclosure control withholds the figure
     * @param <T> the figure's type
     * @return the figure, never null
     * @throws NullPointerException if {@code exact} is null
     */
    public static <T> PublishedFigure<T> of(Optional<T> exact, boolean hide) {
        Objects.requireNonNull(exact, "exact");
        if (exact.isEmpty()) {
            return absent();
        }
        return hide ? hidden() : new PublishedFigure<>(exact.get(), false);
    }

    /**
     * A hidden figure.
     *
     * @param <T> the figure's type
     * @return the figure, never null
     */
    @SuppressWarnings("unchecked")
    public static <T> PublishedFigure<T> hidden() {
        return (PublishedFigure<T>) HIDDEN;
    }

    /**
     * An absent (undefined) figure.
     *
     * @param <T> the figure's type
     * @return the figure, never null
     */
    @SuppressWarnings("unchecked")
    public static <T> PublishedFigure<T> absent() {
        return (PublishedFigure<T>) ABSENT;
    }

    /**
     * Whether disclosure control withholds the figure.
     *
     * @return true if the figure is printed as the marker
     */
    public boolean isHidden() {
        return hidden;
    }

    /**
     * The shown value.
     *
     * @return the value, or empty when the figure is hidden or absent
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * The figure as printed.
     *
     * @param marker the text of a hidden figure, not null
     * @param absent the text of an absent figure, not null
     * @param format how a shown value is written, not null
     * @return the text, never null
     * @throws NullPointerException if an argument is null
     */
    public String text(String marker, String absent, Function<? super T, String> format) {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(absent, "absent");
        Objects.requireNonNull(format, "format");
        return hidden ? marker : value == null ? absent : format.apply(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublishedFigure<?> && hidden == ((PublishedFigure<?>) other).hidden
            && Objects.equals(value, ((PublishedFigure<?>) other).value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, hidden);
    }

    @Override
    public String toString() {
        return hidden ? "hidden" : value == null ? "absent" : value.toString();
    }
}

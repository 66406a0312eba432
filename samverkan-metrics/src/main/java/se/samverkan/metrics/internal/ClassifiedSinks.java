package se.samverkan.metrics.internal;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The way in for a {@link ClassifiedParticipant} to the accumulators of the exported packages
 * (participant summary, goals, income transitions), whose method for it is package-private so that no
 * public signature of the library shows this package's types.
 *
 * <p>Each accumulator class registers its package-private method once, in its static initialiser; since
 * an instance exists only after its class was initialised, {@link #of(Object)} always finds it. The
 * project accumulator resolves one {@link Consumer} per accumulator when it creates it, so a pass pays no
 * lookup per participant. Thread-safe.
 */
public final class ClassifiedSinks {

    private static final Map<Class<?>, BiConsumer<?, ClassifiedParticipant>> SINKS = new ConcurrentHashMap<>();

    private ClassifiedSinks() {
    }

    /**
     * Registers the method that counts a classified participant in accumulators of a class.
     *
     * @param <A> the accumulator class
     * @param type the accumulator class, not null
     * @param sink the method, not null
     * @throws IllegalStateException if the class has registered already
     */
    public static <A> void register(Class<A> type, BiConsumer<A, ClassifiedParticipant> sink) {
        Objects.requireNonNull(sink, "sink");
        if (SINKS.putIfAbsent(Objects.requireNonNull(type, "type"), sink) != null) {
            throw new IllegalStateException(type.getName() + " registered twice");
        }
    }

    /**
     * The consumer that counts classified participants in an accumulator.
     *
     * @param <A> the accumulator class
     * @param accumulator the accumulator, not null
     * @return the consumer, never null
     * @throws IllegalStateException if the accumulator's class registered no method
     */
    @SuppressWarnings("unchecked")
    public static <A> Consumer<ClassifiedParticipant> of(A accumulator) {
        BiConsumer<A, ClassifiedParticipant> sink =
            (BiConsumer<A, ClassifiedParticipant>) SINKS.get(accumulator.getClass());
        if (sink == null) {
            throw new IllegalStateException(accumulator.getClass().getName() + " takes no classified participants");
        }
        return classified -> sink.accept(accumulator, classified);
    }
}

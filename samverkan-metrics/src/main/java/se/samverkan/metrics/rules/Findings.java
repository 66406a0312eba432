package se.samverkan.metrics.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The findings of one run, collected as the checks report them and handed out in document order of
 * their pointers, then in rule order; findings at the same place of the same rule keep the order in
 * which they were reported. Not thread-safe: one per run.
 */
final class Findings {

    private static final Comparator<Entry> ORDER =
        Comparator.comparing((Entry e) -> e.pointer).thenComparing(e -> e.rule);

    private final List<Entry> entries = new ArrayList<>();

    /**
     * Reports a finding of {@code rule} at {@code pointer}, with the message {@code RULE.variant} of the
     * bundle in both languages.
     */
    void add(Rule rule, Pointer pointer, String variant, String... arguments) {
        entries.add(new Entry(rule, pointer, variant, arguments));
    }

    /** The findings, sorted; messages are formatted only here, once per finding. */
    List<Finding> sorted() {
        entries.sort(ORDER);
        List<Finding> result = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            result.add(Finding.of(e.rule, e.pointer.text(),
                RuleTexts.SWEDISH.message(e.rule, e.variant, e.arguments),
                RuleTexts.ENGLISH.message(e.rule, e.variant, e.arguments)));
        }
        return List.copyOf(result);
    }

    private static final class Entry {
        final Rule rule;
        final Pointer pointer;
        final String variant;
        final String[] arguments;

        Entry(Rule rule, Pointer pointer, String variant, String[] arguments) {
            this.rule = rule;
            this.pointer = pointer;
            this.variant = variant;
            this.arguments = arguments;
        }
    }
}

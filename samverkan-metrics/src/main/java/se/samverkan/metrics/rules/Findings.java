package se.samverkan.metrics.rules;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one run, collected as the checks report them and handed out in document order of
 * their pointers, then in rule order; findings at the same place of the same rule keep the order in
 * which they were reported. Message arguments are text; one that differs by language is passed in both
 * forms, and each language's pattern uses its own. Not thread-safe: one per run.
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

    /**
     * The findings, sorted; messages are formatted only here, once per finding, each pattern parsed once
     * per run.
     */
    List<Finding> sorted() {
        entries.sort(ORDER);
        Map<String, MessageFormat> swedish = new HashMap<>();
        Map<String, MessageFormat> english = new HashMap<>();
        List<Finding> result = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            String key = e.rule.id() + '.' + e.variant;
            MessageFormat sv = swedish.computeIfAbsent(key, k -> RuleTexts.SWEDISH.pattern(e.rule, e.variant));
            MessageFormat en = english.computeIfAbsent(key, k -> RuleTexts.ENGLISH.pattern(e.rule, e.variant));
            result.add(Finding.of(e.rule, e.pointer.text(), sv.format(e.arguments), en.format(e.arguments)));
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

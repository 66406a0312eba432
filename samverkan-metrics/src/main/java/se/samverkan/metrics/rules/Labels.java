package se.samverkan.metrics.rules;

import java.util.List;
import java.util.stream.Collectors;
import se.samverkan.model.Labelled;

/** Lists of domain labels as message arguments. */
final class Labels {

    private Labels() {
    }

    static String swedish(List<? extends Labelled> values) {
        return values.stream().map(Labelled::swedishLabel).collect(Collectors.joining(", "));
    }

    static String english(List<? extends Labelled> values) {
        return values.stream().map(Labelled::englishLabel).collect(Collectors.joining(", "));
    }
}

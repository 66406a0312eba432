package se.samverkan.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import se.samverkan.model.participant.IncomeSource;

/** Laws of reading several coded values from one cell, whatever labels (with or without commas) it lists. */
class CodesProperties {

    private static final Codes<IncomeSource> INCOME = Codes.of(IncomeSource.class);

    @Property
    void any_list_of_codes_or_labels_reads_back_as_the_same_values(@ForAll("sources") List<IncomeSource> sources,
            @ForAll("spellings") List<Integer> spelling, @ForAll boolean spaced) {
        // Each value written as its code, Swedish label or English label; joined with "," or ", ".
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < sources.size(); i++) {
            IncomeSource source = sources.get(i);
            int how = spelling.get(i % spelling.size());
            String text = how == 0 ? source.name() : how == 1 ? source.swedishLabel() : source.englishLabel().toUpperCase();
            cell.append(i == 0 ? "" : spaced ? ", " : ",").append(text);
        }
        Set<IncomeSource> expected = sources.stream().collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        assertThat(INCOME.several(cell.toString())).contains(expected);
    }

    @Provide
    Arbitrary<List<IncomeSource>> sources() {
        return Arbitraries.of(IncomeSource.class).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Integer>> spellings() {
        return Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(6);
    }
}

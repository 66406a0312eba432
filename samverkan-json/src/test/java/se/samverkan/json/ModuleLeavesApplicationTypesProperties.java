package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.testing.ModelArbitraries;
import tools.jackson.databind.json.JsonMapper;

/**
 * Laws of one application mapper holding both its own values and samverkan documents: with
 * {@link SamverkanModule} registered, the application's decimals and dates (of any scale and precision, any
 * day) are written to the same text and read to the same values as without it, while documents still
 * read back equal to what was written.
 */
class ModuleLeavesApplicationTypesProperties {

    private static final JsonMapper WITH_MODULE = JsonMapper.builder().addModule(new SamverkanModule()).build();
    private static final JsonMapper WITHOUT_MODULE = JsonMapper.builder().build();

    @Property(tries = 300)
    void an_application_value_is_written_and_read_as_without_the_module(
            @ForAll("orders") ApplicationOrder order) {
        String written = WITHOUT_MODULE.writeValueAsString(order);

        assertThat(WITH_MODULE.writeValueAsString(order)).isEqualTo(written);
        assertThat(WITH_MODULE.readValue(written, ApplicationOrder.class))
            .isEqualTo(WITHOUT_MODULE.readValue(written, ApplicationOrder.class));
    }

    @Property(tries = 40)
    void a_document_in_the_same_mapper_reads_back_equal(@ForAll("documents") SamverkanDocument document) {
        assertThat(WITH_MODULE.readValue(WITH_MODULE.writeValueAsString(document), SamverkanDocument.class))
            .isEqualTo(document);
    }

    @Provide
    Arbitrary<ApplicationOrder> orders() {
        Arbitrary<BigDecimal> decimals = Combinators.combine(
                Arbitraries.bigIntegers().between(new BigDecimal("-1E+40").toBigInteger(),
                    new BigDecimal("1E+40").toBigInteger()),
                Arbitraries.integers().between(-30, 30))
            .as(BigDecimal::new);
        Arbitrary<LocalDate> dates = Arbitraries.longs()
            .between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
        return Combinators.combine(decimals, dates, decimals.optional(0.5), dates.list().ofMaxSize(4))
            .as((price, day, discount, deliveries) -> new ApplicationOrder(price, day, discount, deliveries));
    }

    @Provide
    Arbitrary<SamverkanDocument> documents() {
        return ModelArbitraries.documents();
    }
}

package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.model.goal.Target;
import se.samverkan.model.structure.ConvenerPeriod;
import se.samverkan.model.time.Period;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registering {@link SamverkanModule} in an application's mapper changes nothing in how the application's
 * own decimals, dates and enums are written and read; the model's values in the same mapper keep their
 * strict codecs (plain decimals as JSON numbers in plain notation, dates exactly {@code YYYY-MM-DD}, codes
 * exactly a constant's name).
 */
class ModuleLeavesApplicationTypesTest {

    private static final JsonMapper WITH_MODULE = JsonMapper.builder().addModule(new SamverkanModule()).build();
    private static final JsonMapper WITHOUT_MODULE = JsonMapper.builder().build();

    /** An enum of the application's own. */
    enum Colour { RED, GREEN }

    @Test
    void writes_an_application_value_as_the_mapper_does_without_the_module() {
        ApplicationOrder order = new ApplicationOrder(new BigDecimal("1E+3"), LocalDate.of(2026, 12, 5),
            Optional.of(new BigDecimal("0.10")), List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28)));

        // Jackson writes a BigDecimal as its toString(): 1 with scale -3 is "1E+3" (the model's codec would
        // write the plain 1000), 0.10 keeps its trailing zero; dates are ISO strings. Record components keep
        // their declaration order.
        String expected = "{\"price\":1E+3,\"day\":\"2026-12-05\",\"discount\":0.10,"
            + "\"deliveries\":[\"2026-01-31\",\"2026-02-28\"]}";
        assertThat(WITH_MODULE.writeValueAsString(order)).isEqualTo(expected);
        assertThat(WITH_MODULE.writeValueAsString(order)).isEqualTo(WITHOUT_MODULE.writeValueAsString(order));
    }

    @Test
    void reads_an_application_value_as_the_mapper_does_without_the_module() {
        // Each value is one the model's codecs refuse or change, and Jackson's defaults accept as is.
        String text = "{\"price\":\"12.50\",\"day\":\"2026-12-05T10:15:30\",\"discount\":1E+2,"
            + "\"deliveries\":[20000,\"2026-02-28\"]}";

        // A decimal in a string is read (the model wants a JSON number); 1E+2 keeps scale -2 (the model
        // makes it 100, scale 0); a date-time gives its date and a number is a day count from 1970-01-01
        // (the model wants exactly YYYY-MM-DD): 1970-01-01 to 2024-01-01 is 54 years with 13 leap days
        // (1972 … 2020), 54 × 365 + 13 = 19 723 days; 20 000 − 19 723 = 277 days into the leap year 2024,
        // and January to September hold 31+29+31+30+31+30+31+31+30 = 274, so day 277 is 4 October.
        ApplicationOrder expected = new ApplicationOrder(new BigDecimal("12.50"), LocalDate.of(2026, 12, 5),
            Optional.of(new BigDecimal("1E+2")), List.of(LocalDate.of(2024, 10, 4), LocalDate.of(2026, 2, 28)));
        ApplicationOrder read = WITH_MODULE.readValue(text, ApplicationOrder.class);

        assertThat(read).isEqualTo(expected).isEqualTo(WITHOUT_MODULE.readValue(text, ApplicationOrder.class));
        assertThat(read.discount()).get().extracting(BigDecimal::scale).isEqualTo(-2);
    }

    @Test
    void the_model_keeps_its_decimal_writer_in_the_same_mapper() {
        // The model writes plain notation: 1E+3 as 1000, also inside the optional upper bound (2.0005E+3).
        Target target = Target.between(new BigDecimal("1E+3"), new BigDecimal("2.0005E+3"));

        assertThat(WITH_MODULE.writeValueAsString(target))
            .isEqualTo("{\"comparator\":\"BETWEEN\",\"value\":1000,\"upper\":2000.5}");
    }

    @Test
    void the_model_keeps_its_decimal_reader_in_the_same_mapper() {
        assertThatThrownBy(() -> WITH_MODULE.readValue("{\"comparator\":\"AT_LEAST\",\"value\":\"12.50\"}",
            Target.class)).isInstanceOf(MismatchedInputException.class).hasMessageContaining("wrong-type");

        // A positive exponent is made scale 0, for the value and inside the optional upper bound alike.
        Target read = WITH_MODULE.readValue("{\"comparator\":\"BETWEEN\",\"value\":1E+2,\"upper\":2E+2}",
            Target.class);
        assertThat(read.getValue()).isEqualTo(new BigDecimal("100"));
        assertThat(read.getUpper()).contains(new BigDecimal("200"));
    }

    @Test
    void the_model_refuses_a_date_the_application_value_accepts() {
        assertThatThrownBy(() -> WITH_MODULE.readValue("{\"start\":\"2026-12-05T10:15:30\",\"end\":\"2026-12-31\"}",
            Period.class)).isInstanceOf(MismatchedInputException.class).hasMessageContaining("invalid-date");
        assertThatThrownBy(() -> WITH_MODULE.readValue("{\"start\":\"2026-01-01\",\"end\":20000}",
            ConvenerPeriod.class)).isInstanceOf(MismatchedInputException.class).hasMessageContaining("wrong-type");

        assertThat(WITH_MODULE.readValue("{\"start\":\"2026-01-01\",\"end\":\"2026-12-05\"}", ConvenerPeriod.class)
            .getEnd()).contains(LocalDate.of(2026, 12, 5));
    }

    @Test
    void an_application_enum_is_read_as_without_the_module() {
        // Jackson trims the text of an enum and, unless told otherwise, takes a number as the constant's
        // index: " GREEN " and 1 are both GREEN. The model's codes are exact, but that is the model's rule.
        for (String text : List.of("\"GREEN\"", "\" GREEN \"", "1")) {
            assertThat(WITH_MODULE.readValue(text, Colour.class)).as(text).isEqualTo(Colour.GREEN)
                .isEqualTo(WITHOUT_MODULE.readValue(text, Colour.class));
        }
    }

    @Test
    void the_model_keeps_its_exact_codes_in_the_same_mapper() {
        assertThatThrownBy(() -> WITH_MODULE.readValue("{\"comparator\":\" AT_LEAST \",\"value\":1}", Target.class))
            .isInstanceOf(MismatchedInputException.class).hasMessageContaining("not one of the codes");
        assertThat(WITH_MODULE.readValue("{\"comparator\":\"AT_LEAST\",\"value\":1}", Target.class).getValue())
            .isEqualTo(BigDecimal.ONE);
    }
}

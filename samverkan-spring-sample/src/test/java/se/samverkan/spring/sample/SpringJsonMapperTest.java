package se.samverkan.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import se.samverkan.model.money.Amount;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.time.Period;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring's own {@code JsonMapper}, the one that reads and writes request and response bodies, maps the
 * model the library's way once the configuration adds {@code SamverkanModule}. (Configured as
 * {@link DocumentEndpointsTest} is, so that both share one cached application context.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class SpringJsonMapperTest {

    @Autowired
    private JsonMapper mapper;

    @Test
    void money_is_a_string_with_two_decimals() {
        // docs/format.md: money is a string, exactly two decimals
        assertThat(mapper.writeValueAsString(Amount.ofKronor(4_500_000))).isEqualTo("\"4500000.00\"");
        assertThat(mapper.readValue("\"1200.5\"", Amount.class)).isEqualTo(Amount.parse("1200.50"));
    }

    @Test
    void model_values_are_built_through_their_builders() {
        Party party = mapper.readValue(
            "{\"id\": \"kommun\", \"name\": \"Norrby kommun\", \"type\": \"MUNICIPALITY\", \"population\": 30000}",
            Party.class);
        assertThat(party.getId()).isEqualTo("kommun");
        assertThat(party.getType()).isEqualTo(PartyType.MUNICIPALITY);
        assertThat(party.getPopulation()).contains(30_000L);

        Period period = Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31));
        assertThat(mapper.writeValueAsString(period)).isEqualTo("{\"start\":\"2020-01-01\",\"end\":\"2021-12-31\"}");
    }
}

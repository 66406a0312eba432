package se.samverkan.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Adding {@code SamverkanModule} to Spring's mapper leaves the application's own decimals and dates as
 * Spring writes and reads them without the library: the module's strict codecs are for the model's values
 * only. (Configured as {@link DocumentEndpointsTest} is, so that all share one application context.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationValuesTest {

    @Autowired
    private MockMvc mvc;

    /** Every customizer Spring Boot applies to its mapper, in its order: its own and the sample's. */
    @Autowired
    private List<JsonMapperBuilderCustomizer> customizers;

    /** The sample's customizer, which adds the library's module. */
    @Autowired
    @Qualifier("samverkanModule")
    private JsonMapperBuilderCustomizer library;

    /** Spring's mapper as Spring Boot builds it, but without the library's module. */
    private JsonMapper withoutTheLibrary() {
        assertThat(customizers).contains(library);
        JsonMapper.Builder builder = JsonMapper.builder();
        customizers.stream()
            .filter(customizer -> customizer != library)
            .forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    @Test
    void an_application_answer_is_written_as_without_the_library() throws Exception {
        // 1E+3 (1 with scale -3) is written in Jackson's own notation, not as the model's plain 1000;
        // 0.10 keeps its trailing zero; dates are ISO strings.
        String expected = "{\"price\":1E+3,\"day\":\"2026-12-05\",\"discount\":0.10,\"deliveries\":[\"2026-01-31\"]}";

        String body = mvc.perform(get("/test/orders/sample"))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();

        assertThat(body).isEqualTo(expected)
            .isEqualTo(withoutTheLibrary().writeValueAsString(ApplicationOrderController.SAMPLE));
    }

    @Test
    void an_application_request_is_read_as_without_the_library() throws Exception {
        // A decimal in a string and a date with a time of day: the model's codecs refuse both, Spring's
        // defaults read them (12.50; the date of 2026-12-05T10:15:30). 1E+2 keeps its notation (scale -2)
        // where the model would make it 100.
        String request = "{\"price\":\"12.50\",\"day\":\"2026-12-05T10:15:30\",\"discount\":1E+2,"
            + "\"deliveries\":[\"2026-02-28\"]}";
        String expected = "{\"price\":12.50,\"day\":\"2026-12-05\",\"discount\":1E+2,\"deliveries\":[\"2026-02-28\"]}";

        mvc.perform(post("/test/orders/echo").contentType(MediaType.APPLICATION_JSON).content(request))
            .andExpect(status().isOk())
            .andExpect(content().string(expected));

        JsonMapper reference = withoutTheLibrary();
        assertThat(expected).isEqualTo(reference.writeValueAsString(
            reference.readValue(request, ApplicationOrderController.Order.class)));
    }
}

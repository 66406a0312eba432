package se.samverkan.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The two endpoints as a client meets them, through Spring MVC (MockMvc, one application context for all).
 *
 * <p>{@code budget-mismatch.json} (test resources): insats "tva-ar", 2020-01-01 – 2021-12-31, budget lines
 * 2020: 1 000 + 200 = 1 200 kr, 2021: 800 kr; stated totals 2020: 1 200 (right) and 2021: 900 (wrong, the
 * lines sum to 800) at {@code /projects/0/budget/statedTotals/1}, which starts on line 25 at column 11 (ten
 * spaces, then its brace). Participants: p1 (woman) 2020-03-01 – 2020-09-30, ended in employment; p2 (man)
 * from 2021-02-01, ongoing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentEndpointsTest {

    private static final String BUDGET_ERROR = "/projects/0/budget/statedTotals/1";

    @Autowired
    private MockMvc mvc;

    private static String budgetMismatch() throws IOException {
        try (InputStream in = DocumentEndpointsTest.class.getResourceAsStream("/budget-mismatch.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_document_with_an_error_is_422_problem_details_listing_it_where_it_is() throws Exception {
        mvc.perform(postJson("/documents/check", budgetMismatch()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("https://github.com/samverkan/samverkan/blob/main/docs/problems.md"))
            .andExpect(jsonPath("$.title").value("The document has errors"))
            .andExpect(jsonPath("$.status").value(422))
            .andExpect(jsonPath("$.detail").value("1 error and no warnings; see problems."))
            .andExpect(jsonPath("$.instance").value("/documents/check"))
            .andExpect(jsonPath("$.problems", hasSize(1)))
            .andExpect(jsonPath("$.problems[0].id").value("BUDGET_TOTAL_MISMATCH"))
            .andExpect(jsonPath("$.problems[0].severity").value("ERROR"))
            .andExpect(jsonPath("$.problems[0].pointer").value(BUDGET_ERROR))
            .andExpect(jsonPath("$.problems[0].line").value(25))
            .andExpect(jsonPath("$.problems[0].column").value(11))
            .andExpect(jsonPath("$.problems[0].message")
                .value("the stated total for 2021 is SEK 900.00 but the lines of the year sum to SEK 800.00"));
    }

    @Test
    void the_language_is_swedish_unless_the_client_asks_for_english() throws Exception {
        String swedish = "angiven summa för 2021 är 900.00 kr men årets rader summerar till 800.00 kr";
        for (String header : new String[] {null, "sv", "sv-SE", "de", "en-GB,sv;q=0.5"}) {
            MockHttpServletRequestBuilder request = postJson("/documents/check", budgetMismatch());
            if (header != null) {
                request.header(HttpHeaders.ACCEPT_LANGUAGE, header);
            }
            boolean english = header != null && header.startsWith("en");
            mvc.perform(request)
                .andExpect(jsonPath("$.title").value(english ? "The document has errors" : "Dokumentet har fel"))
                .andExpect(jsonPath("$.problems[0].message").value(english
                    ? "the stated total for 2021 is SEK 900.00 but the lines of the year sum to SEK 800.00"
                    : swedish));
        }
    }

    @Test
    void a_document_without_errors_is_200_with_its_warnings_or_an_empty_list() throws Exception {
        // The Mysam Gävle pre-study breaks no rule (examples/data/README.md; `validate` prints "No problems").
        String clean = Files.readString(Path.of("../examples/data/mysam-gavle-forstudie.json"));
        mvc.perform(postJson("/documents/check", clean))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_JSON))
            .andExpect(content().json("{\"problems\": []}", org.springframework.test.json.JsonCompareMode.STRICT));

        // The stated total put right (800 = the 2021 lines), and p2 starting a month before the insats
        // (2019-12-01 < 2020-01-01): no error left, one warning, so still 200 with that warning listed.
        String warningOnly = budgetMismatch()
            .replace("{ \"year\": 2021, \"amount\": \"900\" }", "{ \"year\": 2021, \"amount\": \"800\" }")
            .replace("\"start\": \"2021-02-01\"", "\"start\": \"2019-12-01\"");
        mvc.perform(postJson("/documents/check", warningOnly).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.problems[*].id", contains("PARTICIPATION_OUTSIDE_PERIOD")))
            .andExpect(jsonPath("$.problems[0].severity").value("WARNING"))
            .andExpect(jsonPath("$.problems[0].pointer").value("/participants/1/participations/0/start"))
            // Line 34 holds p2's only participation: six spaces, the brace (7), a space, "project" (9-17), a
            // colon, a space, "tva-ar" (20-27), a comma, a space, "start" (30-36), a colon, a space: the
            // date starts at column 39.
            .andExpect(jsonPath("$.problems[0].line").value(34))
            .andExpect(jsonPath("$.problems[0].column").value(39));
    }

    @Test
    void a_body_that_is_not_a_document_is_400_with_its_reading_problems() throws Exception {
        // Line 2: two spaces (columns 1-2), "parties" (3-11), a colon (12), a space, the bracket (14), a space,
        // then a closing brace where a value must come: column 16.
        String malformed = "{ \"schemaVersion\": \"1\",\n  \"parties\": [ }\n";
        String body = mvc.perform(postJson("/documents/check", malformed).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type")
                .value("https://github.com/samverkan/samverkan/blob/main/docs/problems.md#reading-problems"))
            .andExpect(jsonPath("$.title").value("The text is not a readable samverkan document"))
            .andExpect(jsonPath("$.detail").value("1 reading problem; see problems."))
            .andExpect(jsonPath("$.problems[0].id").value("SYNTAX_ERROR"))
            .andExpect(jsonPath("$.problems[0].severity").value("ERROR"))
            .andExpect(jsonPath("$.problems[0].line").value(2))
            .andExpect(jsonPath("$.problems[0].pointer").value("/parties"))
            .andExpect(jsonPath("$.problems[0].column").value(16))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Exception", "\tat ", "jackson");

        // The metrics endpoint reads the same way; no body at all is a reading problem too.
        mvc.perform(post("/documents/metrics").contentType(MediaType.APPLICATION_JSON))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.type")
                .value("https://github.com/samverkan/samverkan/blob/main/docs/problems.md#reading-problems"))
            .andExpect(jsonPath("$.problems[0].line").value(1))
            .andExpect(jsonPath("$.problems[0].column").value(1));

        // Not JSON at all: Spring's own refusal, as problem details too.
        mvc.perform(post("/documents/check").contentType(MediaType.TEXT_PLAIN).content("x"))
            .andExpect(status().isUnsupportedMediaType())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void the_metrics_are_the_tools_metrics_output() throws Exception {
        mvc.perform(postJson("/documents/metrics", budgetMismatch()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.projects[0].id").value("tva-ar"))
            // No from/to: the insats's own period, as of its end.
            .andExpect(jsonPath("$.projects[0].period.start").value("2020-01-01"))
            .andExpect(jsonPath("$.projects[0].asOf").value("2021-12-31"))
            .andExpect(jsonPath("$.projects[0].participants.started").value(2))
            .andExpect(jsonPath("$.projects[0].participants.ended").value(1))
            .andExpect(jsonPath("$.projects[0].participants.ongoing").value(1))
            // p1: March 31 + April 30 + May 31 + June 30 + July 31 + August 31 + September 30 = 214 days
            .andExpect(jsonPath("$.projects[0].participants.meanDurationDays").value("214.0"))
            // 1 000 + 200 + 800
            .andExpect(jsonPath("$.projects[0].costs.budgetTotal").value("2000.00"))
            // 2 000 kr over 2 started participants
            .andExpect(jsonPath("$.projects[0].costs.perStartedParticipant").value("1000.00"))
            .andExpect(jsonPath("$.findings[0].rule").value("BUDGET_TOTAL_MISMATCH"))
            .andExpect(jsonPath("$.findings[0].path").value(BUDGET_ERROR))
            .andExpect(jsonPath("$.findings[0].line").value(25))
            .andExpect(jsonPath("$.findings[0].column").value(11))
            .andExpect(jsonPath("$.findings[0].message")
                .value("the stated total for 2021 is SEK 900.00 but the lines of the year sum to SEK 800.00"))
            // pretty-printed as the tool prints it, ending in one line feed
            .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .startsWith("{\n  \"schemaVersion\": \"1\",\n").endsWith("}\n"));
    }

    @Test
    void the_metrics_take_the_tools_options_as_query_parameters() throws Exception {
        // 2021 only: p2 started (2021-02-01), p1 neither started nor ended in it; the 2021 budget line alone.
        // Disclosed: the one start (1 is below the minimum 5) is hidden and listed.
        mvc.perform(postJson("/documents/metrics", budgetMismatch())
                .param("from", "2021-01-01").param("to", "2021-12-31").param("asOf", "2021-06-30")
                .param("project", "tva-ar").param("disclosed", "true"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.projects[0].period.start").value("2021-01-01"))
            .andExpect(jsonPath("$.projects[0].asOf").value("2021-06-30"))
            .andExpect(jsonPath("$.projects[0].participants.started").value(nullValue()))
            .andExpect(jsonPath("$.projects[0].costs.budgetTotal").value("800.00"))
            .andExpect(jsonPath("$.disclosure.minimum").value(5))
            .andExpect(jsonPath("$.disclosure.suppressed[0]").value("/projects/0/participants/started"));

        mvc.perform(postJson("/documents/metrics", budgetMismatch()).param("project", "okand")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.title").value("Invalid parameter"))
            .andExpect(jsonPath("$.parameter").value("project"))
            .andExpect(jsonPath("$.detail").value("The document has no insats with id \"okand\"."));
        mvc.perform(postJson("/documents/metrics", budgetMismatch()).param("from", "2021-01-01"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("to"))
            .andExpect(jsonPath("$.detail").value("Ange både from och to, eller ingen av dem."));
        mvc.perform(postJson("/documents/metrics", budgetMismatch()).param("asOf", "2021-13-01"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("asOf"));
    }
}

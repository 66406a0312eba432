package se.samverkan.examples.guide;

// tag::assertions[]
import static se.samverkan.test.SamverkanAssertions.assertThat;
import static se.samverkan.test.SamverkanAssertions.assertThatResource;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.project.Project;
import se.samverkan.test.SamverkanAssertions;

class CheckingDocumentsTest {

    @Test
    void what_we_build_has_no_errors() {
        assertThat(ModelInCode.document()).hasNoErrors();
    }

    @Test
    void the_follow_up_test_document_is_right() {
        // src/test/resources/followup/two-years.json, read and checked, problems located by line and column
        assertThatResource("/followup/two-years.json").hasNoErrors();
    }

    @Test
    void an_insats_run_by_one_party_alone_is_caught_where_it_is() {
        SamverkanDocument document = SamverkanAssertions.readResource("/followup/two-years.json");
        Project individ = document.getProjects().get(0);
        // Without its partner Arbetsförmedlingen, the municipality runs "individ" alone.
        SamverkanDocument broken = SamverkanDocument.builder().from(document)
            .projects(List.of(Project.builder().from(individ).partners(List.of()).build()))
            .build();

        assertThat(broken)
            .hasProblem("PROJECT_TOO_FEW_PARTIES", "/projects/0/partners")
            .hasNoProblem("COHORT_SEQUENCE");
    }
}
// end::assertions[]

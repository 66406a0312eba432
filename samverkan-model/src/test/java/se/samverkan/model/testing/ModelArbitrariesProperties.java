package se.samverkan.model.testing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.validation.SamverkanValidator;

class ModelArbitrariesProperties {

    private static final SamverkanValidator VALIDATOR = SamverkanValidator.create();

    @Property(tries = 150)
    void valid_documents_break_no_field_rule(@ForAll("valid") SamverkanDocument document) {
        assertThat(VALIDATOR.validate(document)).isEmpty();
    }

    @Property(tries = 150)
    void validating_any_document_never_throws(@ForAll("any") SamverkanDocument document) {
        assertThat(VALIDATOR.validate(document)).isNotNull();
    }

    @Provide
    Arbitrary<SamverkanDocument> valid() {
        return ModelArbitraries.validDocuments();
    }

    @Provide
    Arbitrary<SamverkanDocument> any() {
        return ModelArbitraries.anyDocuments();
    }
}

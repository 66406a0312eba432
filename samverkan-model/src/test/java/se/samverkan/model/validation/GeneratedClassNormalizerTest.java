package se.samverkan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import se.samverkan.model.DocumentOrder;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.goal.ImmutableIndicator;
import se.samverkan.model.money.Amount;
import se.samverkan.model.project.ImmutableProject;
import se.samverkan.model.project.Project;
import se.samverkan.model.testing.ModelArbitraries;
import se.samverkan.model.valuation.SourceCost;
import se.samverkan.model.valuation.ValuationParameters;

/**
 * The validator keeps the metadata of a generated class under its abstract model type
 * ({@link GeneratedClassNormalizer}); this holds only because the generated classes declare no constraint of
 * their own. These tests tie that shortcut to the constraints as Hibernate Validator reads them.
 */
class GeneratedClassNormalizerTest {

    private static final SamverkanValidator NORMALISED = SamverkanValidator.create();
    private static final SamverkanValidator REFERENCE = SamverkanValidator.withoutNormalizer();

    /** Hibernate Validator as it is without the library's configuration: the metadata of each class itself. */
    private static final Validator PLAIN = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void a_generated_class_is_normalised_to_its_model_type_and_nothing_else_is() {
        GeneratedClassNormalizer normalizer = new GeneratedClassNormalizer();
        assertThat(normalizer.normalize(ImmutableProject.class)).isSameAs(Project.class);
        assertThat(normalizer.normalize(ImmutableSamverkanDocument.class)).isSameAs(SamverkanDocument.class);
        // An abstract type, a value class, a builder (its superclass is Object) and a JDK class stay.
        assertThat(normalizer.normalize(Project.class)).isSameAs(Project.class);
        assertThat(normalizer.normalize(Amount.class)).isSameAs(Amount.class);
        assertThat(normalizer.normalize(ImmutableProject.Builder.class)).isSameAs(ImmutableProject.Builder.class);
        assertThat(normalizer.normalize(String.class)).isSameAs(String.class);
    }

    @Test
    void every_generated_model_class_declares_exactly_the_constraints_of_its_model_type() throws Exception {
        Set<Class<?>> types = new LinkedHashSet<>(DocumentOrder.types().keySet());
        types.add(ValuationParameters.class);
        types.add(SourceCost.class);
        GeneratedClassNormalizer normalizer = new GeneratedClassNormalizer();
        for (Class<?> type : types) {
            Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
            assertThat(normalizer.normalize(generated)).as(generated.getName()).isSameAs(type);
            assertThat(describe(PLAIN.getConstraintsForClass(generated))).as(generated.getName())
                .isEqualTo(describe(PLAIN.getConstraintsForClass(type)));
        }
        // The comparison sees constraints at all levels: class, property, and list element (with cascading).
        assertThat(describe(PLAIN.getConstraintsForClass(ImmutableIndicator.class)))
            .anyMatch(line -> line.startsWith("class @se.samverkan.model.validation.IndicatorComplete"));
        assertThat(describe(PLAIN.getConstraintsForClass(ImmutableProject.class)))
            .anyMatch(line -> line.startsWith("id @se.samverkan.model.validation.Id"))
            .anyMatch(line -> line.startsWith("goals<List#0> @Valid"));
    }

    @Property(tries = 200)
    void model_objects_get_the_same_violations_with_and_without_the_normaliser(
            @ForAll("anyModelObject") Object value) {
        assertThat(NORMALISED.validateByConstraints(value)).isEqualTo(REFERENCE.validateByConstraints(value));
    }

    @Property(tries = 60)
    void documents_get_the_same_violations_with_and_without_the_normaliser(
            @ForAll("anyDocument") SamverkanDocument document) {
        assertThat(NORMALISED.validate(document)).isEqualTo(REFERENCE.validate(document));
        assertThat(NORMALISED.validateByConstraints(document)).isEqualTo(REFERENCE.validateByConstraints(document));
    }

    @Provide
    Arbitrary<Object> anyModelObject() {
        return ModelArbitraries.anyModelObjects();
    }

    @Provide
    Arbitrary<SamverkanDocument> anyDocument() {
        return ModelArbitraries.anyDocuments();
    }

    /** Every constraint Hibernate Validator finds on a class, as sorted text: class level, then each property. */
    private static Set<String> describe(BeanDescriptor bean) {
        Set<String> lines = new TreeSet<>();
        bean.getConstraintDescriptors().forEach(c -> lines.add("class " + describe(c)));
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            String name = property.getPropertyName();
            if (property.isCascaded()) {
                lines.add(name + " @Valid");
            }
            property.getConstraintDescriptors().forEach(c -> lines.add(name + " " + describe(c)));
            describeElements(name, new ArrayList<>(property.getConstrainedContainerElementTypes()), lines);
        }
        return lines;
    }

    private static void describeElements(String path, List<ContainerElementTypeDescriptor> elements,
            Set<String> lines) {
        for (ContainerElementTypeDescriptor element : elements) {
            String at = path + "<" + element.getContainerClass().getSimpleName() + "#" + element.getTypeArgumentIndex()
                + ">";
            if (element.isCascaded()) {
                lines.add(at + " @Valid");
            }
            element.getConstraintDescriptors().forEach(c -> lines.add(at + " " + describe(c)));
            describeElements(at, new ArrayList<>(element.getConstrainedContainerElementTypes()), lines);
        }
    }

    private static String describe(ConstraintDescriptor<?> constraint) {
        return constraint.getAnnotation().toString();
    }
}

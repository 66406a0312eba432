package se.samverkan.model.validation;

import java.lang.reflect.Modifier;
import org.hibernate.validator.metadata.BeanMetaDataClassNormalizer;

/**
 * Tells Hibernate Validator to keep the constraint metadata of a generated model class under the abstract
 * model type it implements: an {@code ImmutableProject} is validated with the metadata of {@code Project}.
 *
 * <p>The constraints are declared on the abstract types only; the generated classes add none, but each has
 * many methods of its own ({@code with…}, {@code copyOf}, the builder), and Hibernate Validator inspects
 * every method of a class when it builds that class's metadata. Normalising to the abstract type makes the
 * first validation of a document markedly cheaper (BENCHMARKS.md, "CLI start-up") and reports exactly the
 * same violations: {@code GeneratedClassNormalizerTest} checks, for every model type, that the generated
 * class declares no constraint of its own and that documents get the same violations either way.
 *
 * <p>A class is normalised when it is final, its direct superclass is abstract and in the same package:
 * the shape of every class the model's annotation processor generates. Any other class is kept as it is.
 */
final class GeneratedClassNormalizer implements BeanMetaDataClassNormalizer {

    @Override
    public <T> Class<? super T> normalize(Class<T> beanClass) {
        Class<? super T> parent = beanClass.getSuperclass();
        if (parent != null && parent != Object.class && Modifier.isFinal(beanClass.getModifiers())
            && Modifier.isAbstract(parent.getModifiers()) && parent.getPackage() == beanClass.getPackage()) {
            return parent;
        }
        return beanClass;
    }
}

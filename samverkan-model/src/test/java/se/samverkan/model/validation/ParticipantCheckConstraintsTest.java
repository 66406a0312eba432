package se.samverkan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.participant.ImmutableParticipant;
import se.samverkan.model.participant.ImmutableParticipation;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;

/**
 * Pins every Bean Validation constraint that applies when a participant is validated, as Hibernate
 * Validator's metadata lists them: class-level, property and container-element constraints (with their
 * composing constraints and attributes) and cascades, of {@link Participant}, {@link Participation} and
 * the generated classes that are validated at run time. {@link ParticipantCheck} decides validity
 * without Hibernate Validator; a constraint added to the model, or a changed limit, fails this test
 * until the check knows it.
 */
class ParticipantCheckConstraintsTest {

    private static final String LEARN = "The constraints of a participant changed. ParticipantCheck, the fast path of "
        + "SamverkanValidator, decides validity without Hibernate Validator: teach it the new or changed "
        + "constraint (and its example in ParticipantCheckTest), then update this list";

    private static final Validator HIBERNATE = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static final String ID = "@Id[@Pattern(flags=[], regexp=" + IdSyntax.PATTERN + ")]";

    private static final List<String> PARTICIPANT = List.of(
        "class @AnonymousWithoutPersonalData",
        "id " + ID,
        "birthYear @Max(value=" + ParticipantCheck.LATEST_BIRTH_YEAR + ")",
        "birthYear @Min(value=" + ParticipantCheck.EARLIEST_BIRTH_YEAR + ")",
        "participations List<0> cascaded=true");

    private static final List<String> PARTICIPATION = List.of(
        "class @EndNotBeforeStart",
        "class @OutcomeOnlyWithEnd",
        "cohort Optional<0> " + ID,
        "project " + ID,
        "reenrolmentReason Optional<0> @Text(max=" + ParticipantCheck.REENROLMENT_REASON_MAX + ")",
        "survey Map<0> " + ID);

    @Test
    void participant_constraints_are_the_ones_the_fast_path_knows() {
        assertThat(constraints(Participant.class)).as(LEARN).containsExactlyElementsOf(sorted(PARTICIPANT));
        assertThat(constraints(ImmutableParticipant.class)).as(LEARN).containsExactlyElementsOf(sorted(PARTICIPANT));
    }

    @Test
    void participation_constraints_are_the_ones_the_fast_path_knows() {
        assertThat(constraints(Participation.class)).as(LEARN).containsExactlyElementsOf(sorted(PARTICIPATION));
        assertThat(constraints(ImmutableParticipation.class)).as(LEARN).containsExactlyElementsOf(sorted(PARTICIPATION));
    }

    @Test
    void the_id_syntax_implements_the_pattern_of_the_id_constraint() {
        jakarta.validation.constraints.Pattern pattern = Id.class.getAnnotation(jakarta.validation.constraints.Pattern.class);
        assertThat(pattern.regexp()).as(LEARN).isEqualTo(IdSyntax.PATTERN);
        assertThat(pattern.flags()).as(LEARN).isEmpty();
        assertThat(IdSyntax.MAX_LENGTH).isEqualTo(64);
    }

    @Test
    void the_only_cascade_of_a_participant_leads_to_participations_which_cascade_nowhere() {
        BeanDescriptor participant = HIBERNATE.getConstraintsForClass(ImmutableParticipant.class);
        List<String> cascades = new ArrayList<>();
        for (PropertyDescriptor property : participant.getConstrainedProperties()) {
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                if (element.isCascaded()) {
                    cascades.add(property.getPropertyName() + " " + element.getElementClass().getSimpleName());
                }
            }
        }
        assertThat(cascades).as(LEARN).containsExactly("participations Participation");
        assertThat(HIBERNATE.getConstraintsForClass(ImmutableParticipation.class).getConstrainedProperties())
            .as(LEARN)
            .allSatisfy(p -> {
                assertThat(p.isCascaded()).isFalse();
                assertThat(p.getConstrainedContainerElementTypes()).noneMatch(ContainerElementTypeDescriptor::isCascaded);
            });
    }

    @Test
    void a_document_constrains_its_participants_only_one_by_one() {
        // SamverkanValidator validates a document without its participants and then each participant on
        // its own; that equals validating it at once only while no constraint sees the participants as a
        // whole (a class-level rule of the document, a size of the list…).
        List<String> document = constraints(ImmutableSamverkanDocument.class);
        assertThat(document).as("the document validation of SamverkanValidator must learn a constraint on the "
                + "participants as a whole")
            .noneMatch(line -> line.startsWith("class "))
            .filteredOn(line -> line.startsWith("participants "))
            .containsExactly("participants List<0> cascaded=true");
    }

    /** One sorted line per constraint or cascade of {@code type}. */
    private static List<String> constraints(Class<?> type) {
        BeanDescriptor bean = HIBERNATE.getConstraintsForClass(type);
        List<String> lines = new ArrayList<>();
        for (ConstraintDescriptor<?> c : bean.getConstraintDescriptors()) {
            lines.add("class " + describe(c));
        }
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            String name = property.getPropertyName();
            for (ConstraintDescriptor<?> c : property.getConstraintDescriptors()) {
                lines.add(name + " " + describe(c));
            }
            if (property.isCascaded()) {
                lines.add(name + " cascaded=true");
            }
            addContainerElements(name, property.getConstrainedContainerElementTypes(), lines);
        }
        return sorted(lines);
    }

    private static void addContainerElements(String prefix, Set<ContainerElementTypeDescriptor> elements,
        List<String> lines) {
        for (ContainerElementTypeDescriptor element : elements) {
            String name = prefix + " " + element.getContainerClass().getSimpleName() + "<"
                + element.getTypeArgumentIndex() + ">";
            for (ConstraintDescriptor<?> c : element.getConstraintDescriptors()) {
                lines.add(name + " " + describe(c));
            }
            if (element.isCascaded()) {
                lines.add(name + " cascaded=true");
            }
            addContainerElements(name, element.getConstrainedContainerElementTypes(), lines);
        }
    }

    /** {@code @Name(attribute=value, …)[composing constraints]}, without message, groups and payload. */
    private static String describe(ConstraintDescriptor<?> constraint) {
        Map<String, Object> attributes = new TreeMap<>(constraint.getAttributes());
        attributes.keySet().removeAll(Set.of("message", "groups", "payload"));
        StringBuilder text = new StringBuilder("@").append(constraint.getAnnotation().annotationType().getSimpleName());
        if (!attributes.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            attributes.forEach((k, v) -> pairs.add(k + "=" + (v instanceof Object[] ? List.of((Object[]) v) : v)));
            text.append('(').append(String.join(", ", pairs)).append(')');
        }
        if (!constraint.getComposingConstraints().isEmpty()) {
            List<String> composing = new ArrayList<>();
            constraint.getComposingConstraints().forEach(c -> composing.add(describe(c)));
            text.append(sorted(composing));
        }
        return text.toString();
    }

    private static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        copy.sort(null);
        return copy;
    }
}

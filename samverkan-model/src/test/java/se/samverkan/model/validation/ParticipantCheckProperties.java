package se.samverkan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.testing.ModelArbitraries;

/**
 * The participant fast path answers exactly what the Bean Validation constraints answer, and
 * {@link SamverkanValidator} reports exactly what Hibernate Validator alone reports, over generated valid
 * and invalid participants, participations and documents. The generated participants break every
 * constraint as the only broken one at least once (a check that forgot a constraint would then answer
 * "valid"); the statistics fail the property otherwise.
 */
class ParticipantCheckProperties {

    private static final SamverkanValidator VALIDATOR = SamverkanValidator.create();

    /** Plain Hibernate Validator, as the model's annotations configure it; no fast path. */
    private static final Validator HIBERNATE = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    /** Each constraint (and each message of {@code @Text}) where it applies, as {@link #constraint} names it. */
    private static final List<String> CONSTRAINTS = List.of(
        "Id id",
        "Min birthYear",
        "Max birthYear",
        "AnonymousWithoutPersonalData educationLevel",
        "AnonymousWithoutPersonalData participations.authorityContacts",
        "AnonymousWithoutPersonalData participations.incomeAtStart",
        "AnonymousWithoutPersonalData participations.incomeAtEnd",
        "AnonymousWithoutPersonalData participations.survey",
        "Id participations.project",
        "Id participations.cohort",
        "Id participations.survey",
        "Text.blank participations.reenrolmentReason",
        "Text.tooLong participations.reenrolmentReason",
        "OutcomeOnlyWithEnd participations.exitOutcome",
        "EndNotBeforeStart participations.end");

    @Property(tries = 1000)
    void the_fast_path_answers_what_the_constraints_answer(@ForAll("participants") Participant participant) {
        Set<ConstraintViolation<Participant>> constraints = HIBERNATE.validate(participant);

        assertThat(ParticipantCheck.isValid(participant)).as("%s", constraints).isEqualTo(constraints.isEmpty());
        assertThat(VALIDATOR.validateObject(participant)).isEqualTo(VALIDATOR.validateByConstraints(participant));

        Set<String> broken = new TreeSet<>();
        constraints.forEach(v -> broken.add(constraint(v)));
        Statistics.label("valid").collect(constraints.isEmpty());
        broken.forEach(c -> Statistics.label("broken").collect(c));
        if (broken.size() == 1) {
            Statistics.label("only broken").collect(broken.iterator().next());
        }
        Statistics.label("valid").coverage(c -> {
            c.check(true).percentage(p -> p >= 20);
            c.check(false).percentage(p -> p >= 20);
        });
        Statistics.label("only broken").coverage(c -> CONSTRAINTS.forEach(k -> c.check(k).count(n -> n >= 1)));
    }

    @Property(tries = 200)
    void the_fast_path_answers_what_the_constraints_answer_for_a_participation(
        @ForAll("participations") Participation participation) {
        Set<ConstraintViolation<Participation>> constraints = HIBERNATE.validate(participation);

        assertThat(ParticipantCheck.isValid(participation)).as("%s", constraints).isEqualTo(constraints.isEmpty());
        assertThat(VALIDATOR.validateObject(participation)).isEqualTo(VALIDATOR.validateByConstraints(participation));
        Statistics.collect(constraints.isEmpty());
        Statistics.coverage(c -> {
            c.check(true).percentage(p -> p >= 10);
            c.check(false).percentage(p -> p >= 10);
        });
    }

    @Property(tries = 200)
    void a_document_is_reported_as_hibernate_validator_reports_it(@ForAll("documents") SamverkanDocument document) {
        List<Violation> expected = VALIDATOR.validateByConstraints(document);

        assertThat(VALIDATOR.validate(document)).isEqualTo(expected);
        Statistics.collect(expected.stream().anyMatch(v -> v.path().startsWith("/participants/")));
        Statistics.coverage(c -> {
            c.check(true).percentage(p -> p >= 10);
            c.check(false).percentage(p -> p >= 10);
        });
    }

    @Property(tries = 1000)
    void the_id_syntax_accepts_what_the_id_pattern_matches(@ForAll("idLike") String value) {
        boolean matches = value.matches(IdSyntax.PATTERN);

        assertThat(IdSyntax.isId(value)).isEqualTo(matches);
        Statistics.collect(matches);
        Statistics.coverage(c -> {
            c.check(true).percentage(p -> p >= 20);
            c.check(false).percentage(p -> p >= 20);
        });
    }

    /**
     * The constraint's annotation (with the {@code @Text} message) and the property path without indices
     * and keys, such as {@code Id participations.survey}.
     */
    private static String constraint(ConstraintViolation<?> violation) {
        String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        if (name.equals("Text")) {
            String template = violation.getMessageTemplate();
            name = template.substring("{se.samverkan.validation.".length(), template.length() - 1);
        }
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                path.append(path.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return name + " " + path;
    }

    @Provide
    Arbitrary<Participant> participants() {
        return Arbitraries.oneOf(ModelArbitraries.validParticipants(), ModelArbitraries.anyParticipants(),
            ModelArbitraries.participantsWithOneEdit());
    }

    @Provide
    Arbitrary<Participation> participations() {
        return Arbitraries.oneOf(ModelArbitraries.validParticipations(), ModelArbitraries.anyParticipations());
    }

    @Provide
    Arbitrary<SamverkanDocument> documents() {
        return ModelArbitraries.documents();
    }

    @Provide
    Arbitrary<String> idLike() {
        return Arbitraries.oneOf(ModelArbitraries.anyIds(), ModelArbitraries.validIds(),
            Arbitraries.strings().withChars("az09._-AZ`{/:ö é").ofMinLength(60).ofMaxLength(66),
            Arbitraries.strings().withChars("az09._-").ofMinLength(60).ofMaxLength(66));
    }
}

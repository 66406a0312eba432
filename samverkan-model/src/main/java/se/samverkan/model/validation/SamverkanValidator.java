package se.samverkan.model.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;

/**
 * The validator of the model (<i>validering</i>, docs/problems.md): checks every field rule of a document
 * or of any model object and returns every violation, never throwing for an invalid object.
 *
 * <p>Each {@link Violation} carries a JSON Pointer into the object's JSON form, a stable message key and
 * the message in Swedish and English. Violations come sorted by pointer, segment by segment: list
 * indices compare as numbers (so {@code /participants/2} comes before {@code /participants/10}), other
 * segments as text; then by key. The same object therefore always gives the same list.
 *
 * <p>Messages are interpolated without an expression language: the library depends on no EL
 * implementation, and every message (including Hibernate Validator's built-in keys the model uses) is
 * given in {@code ContributorValidationMessages_sv} and {@code _en} without EL expressions.
 *
 * <p>Participants, the bulk of a document, take a fast path: a participant or participation (also inside a
 * whole document) is first checked by a hand-written test of exactly the constraints that apply to it,
 * and goes to Hibernate Validator only when that test finds a violation. The violations, their order
 * and their messages are therefore the same as without the fast path; only a valid participant costs
 * less (BENCHMARKS.md, "The validation fast path").
 *
 * <p>Cross-object rules (references, budget totals, cohorts…) are reporting rules, checked by
 * {@code samverkan-metrics}, not here.
 *
 * <p>Instances are immutable and thread-safe; create one and share it.
 */
public final class SamverkanValidator {

    /** Swedish, the default language of messages. */
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static final String MODEL_PACKAGE = "se.samverkan.model";

    /** Separates the Swedish and English message in the interpolator's single answer. */
    private static final char SEPARATOR = '\u001F';

    private static final Comparator<Violation> ORDER =
        Comparator.comparing(Violation::path, SamverkanValidator::comparePointers)
            .thenComparing(Violation::messageKey)
            .thenComparing(v -> v.message());

    private final ValidatorFactory factory;
    private final Validator validator;

    private SamverkanValidator(boolean normalised) {
        MessageInterpolator parameters =
            new ParameterMessageInterpolator(Set.of(SWEDISH, Locale.ENGLISH), SWEDISH, false);
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new BilingualInterpolator(parameters));
        if (normalised) {
            configuration.beanMetaDataClassNormalizer(new GeneratedClassNormalizer());
        }
        this.factory = configuration.buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /**
     * A validator whose Hibernate Validator builds the metadata of each generated class itself instead of
     * taking its abstract type's: the reference {@code GeneratedClassNormalizerTest} compares with.
     */
    static SamverkanValidator withoutNormalizer() {
        return new SamverkanValidator(false);
    }

    /**
     * A validator. Creating one starts Hibernate Validator, and the constraint metadata of each model type is
     * loaded the first time an object of that type is validated: both are costly once, so share the instance.
     *
     * @return a new validator, never null
     */
    public static SamverkanValidator create() {
        return new SamverkanValidator(true);
    }

    /**
     * Every field-rule violation of a whole document.
     *
     * @param document the document, not null
     * @return the violations sorted by pointer; empty when the document is valid; never null
     * @throws NullPointerException if {@code document} is null
     */
    public List<Violation> validate(SamverkanDocument document) {
        Objects.requireNonNull(document, "document");
        return validateObject(document);
    }

    /**
     * Every field-rule violation of one model object (a participant, a project, a goal…), with pointers
     * relative to that object.
     *
     * @param value the model object, not null
     * @return the violations sorted by pointer; empty when the object is valid; never null
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is not a model object that can be validated
     */
    public List<Violation> validateObject(Object value) {
        Objects.requireNonNull(value, "value");
        String packageName = value.getClass().getPackageName();
        if (!packageName.equals(MODEL_PACKAGE) && !packageName.startsWith(MODEL_PACKAGE + ".")) {
            throw new IllegalArgumentException("not a samverkan model object: " + value.getClass().getName());
        }
        if (value instanceof Participant) {
            return ParticipantCheck.isValid((Participant) value) ? List.of() : validateByConstraints(value);
        }
        if (value instanceof Participation) {
            return ParticipantCheck.isValid((Participation) value) ? List.of() : validateByConstraints(value);
        }
        if (value instanceof SamverkanDocument) {
            return validateDocument((SamverkanDocument) value);
        }
        return validateByConstraints(value);
    }

    /**
     * A whole document: everything but the participants through Hibernate Validator, then each
     * participant through the fast path, and only the participants it rejects through Hibernate
     * Validator, their pointers prefixed with {@code /participants/<index>}. Bean Validation cascades
     * into each list element on its own, and {@link SamverkanDocument} has no constraint that looks at
     * its participants as a whole, so the union is what validating the document at once reports.
     */
    private List<Violation> validateDocument(SamverkanDocument document) {
        List<Participant> participants = document.getParticipants();
        List<Violation> rest = validateByConstraints(ImmutableSamverkanDocument.copyOf(document).withParticipants());
        List<Violation> result = null;
        for (int i = 0; i < participants.size(); i++) {
            Participant participant = participants.get(i);
            if (ParticipantCheck.isValid(participant)) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(rest);
            }
            String prefix = "/participants/" + i;
            for (Violation v : validateByConstraints(participant)) {
                result.add(Violation.of(prefix + v.path(), v.messageKey(), v.message(SWEDISH),
                    v.message(Locale.ENGLISH)));
            }
        }
        if (result == null) {
            return rest;
        }
        result.sort(ORDER);
        return List.copyOf(result);
    }

    /**
     * Every violation Hibernate Validator reports for {@code value}, sorted; the path without the fast
     * path, which the tests compare the fast path with.
     */
    List<Violation> validateByConstraints(Object value) {
        Set<ConstraintViolation<Object>> found = validator.validate(value);
        List<Violation> result = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> v : found) {
            String both = v.getMessage();
            int cut = both.indexOf(SEPARATOR);
            String swedish = cut < 0 ? both : both.substring(0, cut);
            String english = cut < 0 ? both : both.substring(cut + 1);
            result.add(Violation.of(pointer(v.getPropertyPath()), key(v.getMessageTemplate()), swedish, english));
        }
        result.sort(ORDER);
        return List.copyOf(result);
    }

    /**
     * Compares JSON Pointers segment by segment; list indices (digits without leading zero) compare as
     * numbers and come before other segments (map keys), which compare as text.
     */
    static int comparePointers(String a, String b) {
        String[] left = a.split("/", -1);
        String[] right = b.split("/", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = compareSegments(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    /** A total order: indices by value, before any other segment; other segments by their text. */
    private static int compareSegments(String a, String b) {
        boolean indexA = isIndex(a);
        boolean indexB = isIndex(b);
        if (indexA && indexB) {
            int order = Integer.compare(a.length(), b.length());
            return order != 0 ? order : a.compareTo(b);
        }
        if (indexA != indexB) {
            return indexA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || (segment.length() > 1 && segment.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The bundle key of a template such as {@code {se.samverkan.validation.Id.message}}. */
    private static String key(String template) {
        if (template.length() > 2 && template.charAt(0) == '{' && template.charAt(template.length() - 1) == '}') {
            return template.substring(1, template.length() - 1);
        }
        return template;
    }

    /** Turns a Bean Validation property path into a JSON Pointer of the JSON form. */
    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    pointer.append('/').append(node.getIndex());
                } else if (node.getKey() != null) {
                    pointer.append('/').append(escape(String.valueOf(node.getKey())));
                }
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Interpolates every message in Swedish and English at once; {@link #validateObject} splits them. */
    private static final class BilingualInterpolator implements MessageInterpolator {

        private final MessageInterpolator delegate;

        BilingualInterpolator(MessageInterpolator delegate) {
            this.delegate = delegate;
        }

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, SWEDISH);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return delegate.interpolate(template, context, SWEDISH) + SEPARATOR
                + delegate.interpolate(template, context, Locale.ENGLISH);
        }
    }
}

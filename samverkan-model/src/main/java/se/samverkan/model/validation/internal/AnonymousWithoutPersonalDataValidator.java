package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.validation.AnonymousWithoutPersonalData;

/**
 * Checks that an anonymous participant has no education level and that none of its participations
 * has authority contacts, income sources or survey answers; reports each offending field.
 */
public final class AnonymousWithoutPersonalDataValidator
    implements ConstraintValidator<AnonymousWithoutPersonalData, Participant> {

    @Override
    public boolean isValid(Participant value, ConstraintValidatorContext context) {
        if (value == null || holds(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        String template = context.getDefaultConstraintMessageTemplate();
        if (value.getEducationLevel().isPresent()) {
            context.buildConstraintViolationWithTemplate(template).addPropertyNode("educationLevel")
                .addConstraintViolation();
        }
        List<Participation> participations = value.getParticipations();
        for (int i = 0; i < participations.size(); i++) {
            Participation p = participations.get(i);
            reportUnlessEmpty(context, template, i, "authorityContacts", p.getAuthorityContacts().isEmpty());
            reportUnlessEmpty(context, template, i, "incomeAtStart", p.getIncomeAtStart().isEmpty());
            reportUnlessEmpty(context, template, i, "incomeAtEnd", p.getIncomeAtEnd().isEmpty());
            reportUnlessEmpty(context, template, i, "survey", p.getSurvey().isEmpty());
        }
        return false;
    }

    /**
     * Whether a participant satisfies {@link AnonymousWithoutPersonalData}: not anonymous, or without
     * education level and without authority contacts, income sources and survey answers in every
     * participation. The validator's answer equals this one; the participant fast path of
     * {@code SamverkanValidator} uses it. It allocates nothing beyond what the getters return.
     *
     * @param value the participant, not null
     * @return true when the constraint holds
     * @throws NullPointerException if {@code value} is null
     */
    public static boolean holds(Participant value) {
        if (!value.isAnonymous()) {
            return true;
        }
        if (value.getEducationLevel().isPresent()) {
            return false;
        }
        List<Participation> participations = value.getParticipations();
        for (int i = 0; i < participations.size(); i++) {
            Participation p = participations.get(i);
            if (!p.getAuthorityContacts().isEmpty() || !p.getIncomeAtStart().isEmpty()
                || !p.getIncomeAtEnd().isEmpty() || !p.getSurvey().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void reportUnlessEmpty(ConstraintValidatorContext context, String template, int index,
        String field, boolean empty) {
        if (!empty) {
            context.buildConstraintViolationWithTemplate(template)
                .addPropertyNode("participations")
                .addPropertyNode(field).inIterable().atIndex(index)
                .addConstraintViolation();
        }
    }
}

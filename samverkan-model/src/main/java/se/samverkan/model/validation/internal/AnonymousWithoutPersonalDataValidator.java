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
        if (value == null || !value.isAnonymous()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        String template = context.getDefaultConstraintMessageTemplate();
        boolean valid = true;
        if (value.getEducationLevel().isPresent()) {
            context.buildConstraintViolationWithTemplate(template).addPropertyNode("educationLevel")
                .addConstraintViolation();
            valid = false;
        }
        List<Participation> participations = value.getParticipations();
        for (int i = 0; i < participations.size(); i++) {
            Participation p = participations.get(i);
            valid &= check(context, template, i, "authorityContacts", p.getAuthorityContacts().isEmpty());
            valid &= check(context, template, i, "incomeAtStart", p.getIncomeAtStart().isEmpty());
            valid &= check(context, template, i, "incomeAtEnd", p.getIncomeAtEnd().isEmpty());
            valid &= check(context, template, i, "survey", p.getSurvey().isEmpty());
        }
        return valid;
    }

    private static boolean check(ConstraintValidatorContext context, String template, int index, String field,
        boolean empty) {
        if (!empty) {
            context.buildConstraintViolationWithTemplate(template)
                .addPropertyNode("participations")
                .addPropertyNode(field).inIterable().atIndex(index)
                .addConstraintViolation();
        }
        return empty;
    }
}

package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samverkan.model.goal.AgeBandTotal;
import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.BreakdownCell;
import se.samverkan.model.validation.CellsWithinBands;

/**
 * Checks that each cell and column total names an existing age band and that no gender × band cell
 * is given twice. Reported on the offending element's {@code ageBand}.
 */
public final class CellsWithinBandsValidator implements ConstraintValidator<CellsWithinBands, Breakdown> {

    private static final String DUPLICATE = "{se.samverkan.validation.CellsWithinBands.duplicate}";

    @Override
    public boolean isValid(Breakdown value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        int bands = value.getAgeBands().size();
        boolean valid = true;
        List<BreakdownCell> cells = value.getCells();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            BreakdownCell cell = cells.get(i);
            if (cell.getAgeBand() < 0 || cell.getAgeBand() >= bands) {
                report(context, "cells", i, context.getDefaultConstraintMessageTemplate());
                valid = false;
            } else if (!seen.add(cell.getGender() + "/" + cell.getAgeBand())) {
                report(context, "cells", i, DUPLICATE);
                valid = false;
            }
        }
        List<AgeBandTotal> totals = value.getColumnTotals();
        for (int i = 0; i < totals.size(); i++) {
            if (totals.get(i).getAgeBand() < 0 || totals.get(i).getAgeBand() >= bands) {
                report(context, "columnTotals", i, context.getDefaultConstraintMessageTemplate());
                valid = false;
            }
        }
        return valid;
    }

    private static void report(ConstraintValidatorContext context, String list, int index, String template) {
        context.buildConstraintViolationWithTemplate(template)
            .addPropertyNode(list)
            .addPropertyNode("ageBand").inIterable().atIndex(index)
            .addConstraintViolation();
    }
}

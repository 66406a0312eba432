package se.samverkan.metrics;

import static se.samverkan.metrics.Fixtures.ended;
import static se.samverkan.metrics.Fixtures.person;
import static se.samverkan.metrics.Fixtures.started;

import java.util.List;

import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;

/**
 * Four participants of {@link Fixtures#PROJECT} for figures worked out by hand:
 * <pre>
 *   a  woman  1980  2008-03-10 – 2008-06-15  EMPLOYMENT
 *   b  man    1990  2008-05-05 – 2008-10-20  EMPLOYMENT
 *   c  woman  1975  2008-09-01 – 2008-11-30  JOB_SEEKING
 *   d  man    1985  2009-01-20 –             (ongoing)
 * </pre>
 */
public final class FourPeople {

    /** a, b, c and d. */
    public static final List<Participant> PEOPLE = List.of(
        person("a", Gender.WOMAN, 1980, ended("2008-03-10", "2008-06-15", ExitOutcome.EMPLOYMENT)),
        person("b", Gender.MAN, 1990, ended("2008-05-05", "2008-10-20", ExitOutcome.EMPLOYMENT)),
        person("c", Gender.WOMAN, 1975, ended("2008-09-01", "2008-11-30", ExitOutcome.JOB_SEEKING)),
        person("d", Gender.MAN, 1985, started("2009-01-20")));

    private FourPeople() {
    }

    /** A staff budget line of a year. */
    public static BudgetLine staff(int year, String amount) {
        return BudgetLine.builder().year(year).category(CostCategory.STAFF).item("lön").amount(Amount.parse(amount))
            .build();
    }
}

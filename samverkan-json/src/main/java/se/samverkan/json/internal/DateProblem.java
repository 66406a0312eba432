package se.samverkan.json.internal;

/**
 * Which message a refused date text gets: the form ({@code YYYY-MM-DD}, with an example) when the text has
 * another shape, or that the month or the day does not exist when the shape is right but the calendar has
 * no such date ({@code 2008-13-01}, {@code 2025-02-30}). {@link DateCodec} decides which texts are dates;
 * this only chooses the explanation for one it refused.
 */
final class DateProblem {

    private DateProblem() {
    }

    /**
     * The problem of a text the date reader refused.
     *
     * @param text the refused text, not null
     * @return {@link ProblemType#INVALID_DATE}, {@link ProblemType#NONEXISTENT_MONTH} or
     *     {@link ProblemType#NONEXISTENT_DAY}
     */
    static ProblemType of(String text) {
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return ProblemType.INVALID_DATE;
        }
        int month = Integer.parseInt(text.substring(5, 7));
        return month < 1 || month > 12 ? ProblemType.NONEXISTENT_MONTH : ProblemType.NONEXISTENT_DAY;
    }
}

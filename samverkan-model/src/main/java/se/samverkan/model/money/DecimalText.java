package se.samverkan.model.money;

import java.math.BigDecimal;

/**
 * The one reading of decimal text for money values: a plain decimal number with a decimal point, as the
 * format writes it. Text in another form (Swedish thousands spaces, a decimal comma) is refused with a
 * message that names the form expected and gives an example, not the JDK's bare parse error.
 */
final class DecimalText {

    private DecimalText() {
    }

    /**
     * The number a text writes.
     *
     * @param text the text, not null
     * @param what what the number is, for the message ("an amount")
     * @param form the form expected, with an example, for the message
     * @return the number, never null
     * @throws NumberFormatException if the text is not a plain decimal number
     */
    static BigDecimal parse(String text, String what, String form) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            NumberFormatException clear = new NumberFormatException("not " + what + ": \"" + text + "\"; " + form);
            clear.initCause(e);
            throw clear;
        }
    }
}

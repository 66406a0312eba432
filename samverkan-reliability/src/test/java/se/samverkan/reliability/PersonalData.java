package se.samverkan.reliability;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detectors of personal data (<i>personuppgifter</i>) in a line of text: e-mail addresses, Swedish phone
 * numbers and personal identity or coordination numbers (<i>personnummer</i>, <i>samordningsnummer</i>)
 * whose date and Luhn check digit are valid. Organisation numbers (month digits 20 and above) are not
 * personnummer.
 */
final class PersonalData {

    private static final Pattern EMAIL = Pattern.compile(
        "(?<![\\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![\\w-])");

    /**
     * +46 or 0046 followed by an area code without its 0, or 0 and an area code (the area code in
     * brackets or not), then a separator and 5–8 digits in groups: the forms used in Swedish contact lists.
     */
    private static final Pattern PHONE = Pattern.compile(
        "(?<![\\w.:+-])(?:(?:\\+46|0046)[ -]?\\(?[1-9]\\d{0,3}\\)?|\\(?0[1-9]\\d{0,3}\\)?)[ -]\\d{2,3}(?:[ ]?\\d{2,3}){1,3}(?![\\w.,:-]?\\d)");

    private static final Pattern PERSONNUMMER = Pattern.compile(
        "(?<![\\w.-])(?:(?<century>19|20)(?<ymd12>\\d{6})(?<last12>\\d{4})|(?<ymd10>\\d{6})[-+](?<last10>\\d{4}))(?![\\w-])");

    private PersonalData() {
    }

    /**
     * The personal data in a line, each as kind and text.
     *
     * @param line the line
     * @return the findings in order of kind, empty when none
     */
    static List<String> findIn(String line) {
        List<String> found = new ArrayList<>();
        Matcher email = EMAIL.matcher(line);
        while (email.find()) {
            found.add("e-mail " + email.group());
        }
        Matcher phone = PHONE.matcher(line);
        while (phone.find()) {
            found.add("phone " + phone.group());
        }
        Matcher number = PERSONNUMMER.matcher(line);
        while (number.find()) {
            String ymd = number.group("ymd12") != null ? number.group("ymd12") : number.group("ymd10");
            String last = number.group("last12") != null ? number.group("last12") : number.group("last10");
            if (validDate(number.group("century"), ymd) && luhnValid(ymd + last)) {
                found.add("personnummer " + number.group());
            }
        }
        return found;
    }

    private static boolean validDate(String century, String ymd) {
        int year = Integer.parseInt(ymd.substring(0, 2)) + (century == null ? 1900 : Integer.parseInt(century) * 100);
        int month = Integer.parseInt(ymd.substring(2, 4));
        int day = Integer.parseInt(ymd.substring(4, 6));
        if (day > 60) {
            day -= 60; // samordningsnummer
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            // also 29 February of a two-digit year read as 19xx that was 20xx: rare enough to miss
            return month == 2 && day == 29 && century == null && isLeap(year + 100);
        }
    }

    private static boolean isLeap(int year) {
        return java.time.Year.isLeap(year);
    }

    /**
     * Whether ten digits end with their Luhn check digit (weights 2, 1, 2, … from the left).
     *
     * @param tenDigits the digits
     * @return whether the check digit is right
     */
    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return sum % 10 == 0;
    }
}

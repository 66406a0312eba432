package se.samverkan.json.internal;

/**
 * Every kind of problem the JSON reader reports, with its stable message key and its message templates
 * in Swedish and English. Placeholders {@code {0}}, {@code {1}} are replaced literally; a template never
 * holds a raw library message, a class name or a value from a participant's record.
 */
public enum ProblemType {

    EMPTY("SYNTAX_ERROR", "empty",
        "Dokumentet är tomt.",
        "The document is empty."),
    MALFORMED("SYNTAX_ERROR", "malformed",
        "Texten är inte giltig JSON här.",
        "The text is not valid JSON here."),
    TRUNCATED("SYNTAX_ERROR", "truncated",
        "Dokumentet tar slut mitt i ett värde.",
        "The document ends in the middle of a value."),
    ENCODING("BAD_ENCODING", "encoding",
        "Dokumentet är inte giltig UTF-8.",
        "The document is not valid UTF-8."),
    ROOT_NOT_OBJECT("WRONG_TYPE", "root-not-object",
        "Dokumentet måste vara ett JSON-objekt, men är {0}.",
        "The document must be a JSON object, but is {0}."),
    TRAILING_CONTENT("TRAILING_CONTENT", "trailing-content",
        "Det finns innehåll efter dokumentets slut.",
        "There is content after the end of the document."),
    DUPLICATE_PROPERTY("DUPLICATE_KEY", "duplicate-property",
        "Egenskapen {0} förekommer mer än en gång.",
        "The property {0} occurs more than once."),
    UNKNOWN_PROPERTY("UNKNOWN_PROPERTY", "unknown-property",
        "Okänd egenskap {0}; tillåtna egenskaper: {1}.",
        "Unknown property {0}; allowed properties: {1}."),
    REQUIRED_MISSING("MISSING_PROPERTY", "required-missing",
        "Obligatorisk egenskap saknas: {0}.",
        "Required property missing: {0}."),
    REQUIRED_MISSING_SEVERAL("MISSING_PROPERTY", "required-missing",
        "Obligatoriska egenskaper saknas: {0}.",
        "Required properties missing: {0}."),
    REQUIRED_MISSING_IN("MISSING_PROPERTY", "required-missing",
        "Obligatorisk egenskap saknas i {0}: {1}.",
        "Required property missing in {0}: {1}."),
    REQUIRED_MISSING_SEVERAL_IN("MISSING_PROPERTY", "required-missing",
        "Obligatoriska egenskaper saknas i {0}: {1}.",
        "Required properties missing in {0}: {1}."),
    NULL_NOT_ALLOWED("MISSING_PROPERTY", "null-not-allowed",
        "Värdet får inte vara null här.",
        "The value must not be null here."),
    WRONG_TYPE("WRONG_TYPE", "wrong-type",
        "Fel typ: här ska det stå {0}, men det står {1}.",
        "Wrong type: {0} expected here, but found {1}."),
    UNKNOWN_ENUM("UNKNOWN_CODE", "unknown-enum",
        "Okänt värde {0}; tillåtna värden: {1}.",
        "Unknown value {0}; allowed values: {1}."),
    INTEGER_OUT_OF_RANGE("NOT_AN_INTEGER", "integer-out-of-range",
        "Heltalet är för stort eller för litet.",
        "The integer is too large or too small."),
    INVALID_DATE("BAD_DATE", "invalid-date",
        "Ogiltigt datum; skriv ÅÅÅÅ-MM-DD, till exempel \"2008-03-31\".",
        "Invalid date; write YYYY-MM-DD, for example \"2008-03-31\"."),
    NONEXISTENT_MONTH("BAD_DATE", "nonexistent-date",
        "Månaden finns inte; månaden skrivs 01–12: ÅÅÅÅ-MM-DD, till exempel \"2008-03-31\".",
        "The month does not exist; months are 01–12: YYYY-MM-DD, for example \"2008-03-31\"."),
    NONEXISTENT_DAY("BAD_DATE", "nonexistent-date",
        "Dagen finns inte i den månaden (som 30 februari eller 31 april); skriv ett datum som finns, ÅÅÅÅ-MM-DD, "
            + "till exempel \"2008-03-31\".",
        "The day does not exist in that month (like 30 February or 31 April); write a date that exists, "
            + "YYYY-MM-DD, for example \"2008-03-31\"."),
    INVALID_AMOUNT("BAD_AMOUNT", "invalid-amount",
        "Ogiltigt belopp; skriv ett decimaltal i kronor, till exempel \"438000\" eller \"199954.50\".",
        "Invalid amount; write a decimal number of kronor, for example \"438000\" or \"199954.50\"."),
    AMOUNT_TOO_LARGE("BAD_AMOUNT", "amount-too-large",
        "Beloppet har fler än 13 siffror före decimaltecknet.",
        "The amount has more than 13 digits before the decimal point."),
    AMOUNT_TOO_PRECISE("BAD_AMOUNT", "amount-too-precise",
        "Beloppet har fler än två decimaler (finare än ett öre).",
        "The amount has more than two decimals (finer than one öre)."),
    INVALID_SHARE("BAD_AMOUNT", "invalid-share",
        "Ogiltig andel; skriv ett decimaltal mellan 0 och 1 med högst 12 decimaler, till exempel \"0.25\".",
        "Invalid share; write a decimal number between 0 and 1 with at most 12 decimals, for example \"0.25\"."),
    DECIMAL_OUT_OF_BOUNDS("BAD_AMOUNT", "decimal-out-of-bounds",
        "Talet har fler än 15 siffror före eller 12 siffror efter decimaltecknet.",
        "The number has more than 15 digits before or 12 digits after the decimal point."),
    INVALID_DECIMAL("BAD_AMOUNT", "invalid-decimal",
        "Ogiltigt decimaltal; skriv till exempel \"0.035\" eller 0.035.",
        "Invalid decimal number; write for example \"0.035\" or 0.035."),
    TOO_DEEP("LIMIT_EXCEEDED", "limit.nesting-depth",
        "Dokumentet är nästlat djupare än {0} nivåer.",
        "The document is nested deeper than {0} levels."),
    STRING_TOO_LONG("LIMIT_EXCEEDED", "limit.string-length",
        "Texten är längre än {0} tecken.",
        "The text is longer than {0} characters."),
    NAME_TOO_LONG("LIMIT_EXCEEDED", "limit.name-length",
        "Egenskapsnamnet är längre än {0} tecken.",
        "The property name is longer than {0} characters."),
    NUMBER_TOO_LONG("LIMIT_EXCEEDED", "limit.number-length",
        "Talet är längre än {0} tecken.",
        "The number is longer than {0} characters."),
    DOCUMENT_TOO_LONG("LIMIT_EXCEEDED", "limit.document-length",
        "Dokumentet är längre än {0} tecken.",
        "The document is longer than {0} characters."),
    LIMIT_EXCEEDED("LIMIT_EXCEEDED", "limit.other",
        "Dokumentet överskrider en gräns för storlek eller komplexitet.",
        "The document exceeds a limit on size or complexity."),
    INVALID_VALUE("WRONG_TYPE", "invalid-value",
        "Ogiltigt värde.",
        "Invalid value."),
    TOO_MANY_PROBLEMS("TOO_MANY_PROBLEMS", "too-many-problems",
        "Fler än {0} fel; läsningen avbröts här och fler fel kan följa.",
        "More than {0} problems; reading stopped here and more problems may follow.");

    /** The prefix of every key: {@code se.samverkan.json.}. */
    public static final String KEY_PREFIX = "se.samverkan.json.";

    private static final java.util.Map<String, String> IDS_BY_KEY = idsByKey();

    private final String id;
    private final String key;
    private final String swedish;
    private final String english;

    ProblemType(String id, String key, String swedish, String english) {
        this.id = id;
        this.key = KEY_PREFIX + key;
        this.swedish = swedish;
        this.english = english;
    }

    /**
     * The stable problem id a user sees, such as {@code UNKNOWN_PROPERTY} or {@code BAD_DATE}: several
     * kinds share one id where they differ only in their message (an amount that is malformed, too large
     * or too precise is {@code BAD_AMOUNT}).
     */
    public String id() {
        return id;
    }

    /**
     * The problem id of a message key.
     *
     * @throws IllegalArgumentException for a key no kind has
     */
    public static String idOf(String key) {
        String id = IDS_BY_KEY.get(key);
        if (id == null) {
            throw new IllegalArgumentException("no reading problem has the key " + key);
        }
        return id;
    }

    private static java.util.Map<String, String> idsByKey() {
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        for (ProblemType type : values()) {
            String earlier = ids.putIfAbsent(type.key, type.id);
            if (earlier != null && !earlier.equals(type.id)) {
                throw new IllegalStateException("the key " + type.key + " has two ids");
            }
        }
        return java.util.Map.copyOf(ids);
    }

    /** The stable message key, such as {@code se.samverkan.json.unknown-property}. */
    public String key() {
        return key;
    }

    /** The Swedish message with the arguments filled in. */
    public String swedish(String... arguments) {
        return fill(swedish, arguments);
    }

    /** The English message with the arguments filled in. */
    public String english(String... arguments) {
        return fill(english, arguments);
    }

    private static String fill(String template, String... arguments) {
        String text = template;
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", arguments[i]);
        }
        return text;
    }
}

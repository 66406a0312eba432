package se.samverkan.json.internal;

/**
 * Every kind of problem the JSON reader reports, with its stable message key and its message templates
 * in Swedish and English. Placeholders {@code {0}}, {@code {1}} are replaced literally; a template never
 * holds a raw library message, a class name or a value from a participant's record.
 */
public enum ProblemType {

    EMPTY("empty",
        "Dokumentet är tomt.",
        "The document is empty."),
    MALFORMED("malformed",
        "Texten är inte giltig JSON här.",
        "The text is not valid JSON here."),
    TRUNCATED("truncated",
        "Dokumentet tar slut mitt i ett värde.",
        "The document ends in the middle of a value."),
    ENCODING("encoding",
        "Dokumentet är inte giltig UTF-8.",
        "The document is not valid UTF-8."),
    ROOT_NOT_OBJECT("root-not-object",
        "Dokumentet måste vara ett JSON-objekt, men är {0}.",
        "The document must be a JSON object, but is {0}."),
    TRAILING_CONTENT("trailing-content",
        "Det finns innehåll efter dokumentets slut.",
        "There is content after the end of the document."),
    DUPLICATE_PROPERTY("duplicate-property",
        "Egenskapen {0} förekommer mer än en gång.",
        "The property {0} occurs more than once."),
    UNKNOWN_PROPERTY("unknown-property",
        "Okänd egenskap {0}; tillåtna egenskaper: {1}.",
        "Unknown property {0}; allowed properties: {1}."),
    REQUIRED_MISSING("required-missing",
        "Obligatorisk egenskap saknas: {0}.",
        "Required property missing: {0}."),
    REQUIRED_MISSING_SEVERAL("required-missing",
        "Obligatoriska egenskaper saknas: {0}.",
        "Required properties missing: {0}."),
    NULL_NOT_ALLOWED("null-not-allowed",
        "Värdet får inte vara null här.",
        "The value must not be null here."),
    WRONG_TYPE("wrong-type",
        "Fel typ: här ska det stå {0}, men det står {1}.",
        "Wrong type: {0} expected here, but found {1}."),
    UNKNOWN_ENUM("unknown-enum",
        "Okänt värde {0}; tillåtna värden: {1}.",
        "Unknown value {0}; allowed values: {1}."),
    INTEGER_OUT_OF_RANGE("integer-out-of-range",
        "Heltalet är för stort eller för litet.",
        "The integer is too large or too small."),
    INVALID_DATE("invalid-date",
        "Ogiltigt datum; skriv ÅÅÅÅ-MM-DD, till exempel \"2008-03-31\".",
        "Invalid date; write YYYY-MM-DD, for example \"2008-03-31\"."),
    INVALID_AMOUNT("invalid-amount",
        "Ogiltigt belopp; skriv ett decimaltal i kronor, till exempel \"438000\" eller \"199954.50\".",
        "Invalid amount; write a decimal number of kronor, for example \"438000\" or \"199954.50\"."),
    AMOUNT_TOO_LARGE("amount-too-large",
        "Beloppet har fler än 13 siffror före decimaltecknet.",
        "The amount has more than 13 digits before the decimal point."),
    AMOUNT_TOO_PRECISE("amount-too-precise",
        "Beloppet har fler än två decimaler (finare än ett öre).",
        "The amount has more than two decimals (finer than one öre)."),
    INVALID_SHARE("invalid-share",
        "Ogiltig andel; skriv ett decimaltal mellan 0 och 1 med högst 12 decimaler, till exempel \"0.25\".",
        "Invalid share; write a decimal number between 0 and 1 with at most 12 decimals, for example \"0.25\"."),
    DECIMAL_OUT_OF_BOUNDS("decimal-out-of-bounds",
        "Talet har fler än 15 siffror före eller 12 siffror efter decimaltecknet.",
        "The number has more than 15 digits before or 12 digits after the decimal point."),
    INVALID_DECIMAL("invalid-decimal",
        "Ogiltigt decimaltal; skriv till exempel \"0.035\" eller 0.035.",
        "Invalid decimal number; write for example \"0.035\" or 0.035."),
    TOO_DEEP("limit.nesting-depth",
        "Dokumentet är nästlat djupare än {0} nivåer.",
        "The document is nested deeper than {0} levels."),
    STRING_TOO_LONG("limit.string-length",
        "Texten är längre än {0} tecken.",
        "The text is longer than {0} characters."),
    NAME_TOO_LONG("limit.name-length",
        "Egenskapsnamnet är längre än {0} tecken.",
        "The property name is longer than {0} characters."),
    NUMBER_TOO_LONG("limit.number-length",
        "Talet är längre än {0} tecken.",
        "The number is longer than {0} characters."),
    DOCUMENT_TOO_LONG("limit.document-length",
        "Dokumentet är längre än {0} tecken.",
        "The document is longer than {0} characters."),
    LIMIT_EXCEEDED("limit.other",
        "Dokumentet överskrider en gräns för storlek eller komplexitet.",
        "The document exceeds a limit on size or complexity."),
    INVALID_VALUE("invalid-value",
        "Ogiltigt värde.",
        "Invalid value.");

    /** The prefix of every key: {@code se.samverkan.json.}. */
    public static final String KEY_PREFIX = "se.samverkan.json.";

    private final String key;
    private final String swedish;
    private final String english;

    ProblemType(String key, String swedish, String english) {
        this.key = KEY_PREFIX + key;
        this.swedish = swedish;
        this.english = english;
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

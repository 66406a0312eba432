package se.samverkan.json.internal;

import tools.jackson.core.JsonToken;

/** The kinds of JSON value a problem message names, in Swedish and English. */
enum JsonKind {
    OBJECT("ett objekt", "an object"),
    ARRAY("en lista", "an array"),
    STRING("en text", "a string"),
    INTEGER("ett heltal", "an integer"),
    NUMBER("ett tal", "a number"),
    DECIMAL_NUMBER("ett decimaltal", "a decimal number"),
    BOOLEAN("true eller false", "true or false"),
    NULL("null", "null"),
    DATE("ett datum som text (ÅÅÅÅ-MM-DD)", "a date string (YYYY-MM-DD)"),
    AMOUNT("ett belopp som text eller tal", "an amount as a string or number"),
    SHARE("en andel som text eller tal", "a share as a string or number"),
    CODE("en kod som text", "a code string"),
    END("dokumentets slut", "the end of the document");

    private final String swedish;
    private final String english;

    JsonKind(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    String swedish() {
        return swedish;
    }

    String english() {
        return english;
    }

    /** The kind of value a token starts. */
    static JsonKind of(JsonToken token) {
        if (token == null) {
            return END;
        }
        switch (token) {
            case START_OBJECT:
            case END_OBJECT:
            case PROPERTY_NAME:
                return OBJECT;
            case START_ARRAY:
            case END_ARRAY:
                return ARRAY;
            case VALUE_STRING:
                return STRING;
            case VALUE_NUMBER_INT:
                return INTEGER;
            case VALUE_NUMBER_FLOAT:
                return DECIMAL_NUMBER;
            case VALUE_TRUE:
            case VALUE_FALSE:
                return BOOLEAN;
            case VALUE_NULL:
                return NULL;
            default:
                return STRING;
        }
    }
}

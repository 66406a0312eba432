package se.samverkan.json.internal;

import tools.jackson.core.TokenStreamLocation;

/**
 * How a parser's location becomes the location reported in a problem, whose column counts characters
 * (1-based): a parser over characters already counts them; a parser over UTF-8 bytes counts bytes, which
 * differ after any letter outside ASCII (å, ä, ö are two bytes each).
 */
@FunctionalInterface
interface CharacterColumns {

    /** For a parser over characters: the location as reported. */
    CharacterColumns AS_REPORTED = location -> location;

    /**
     * The location with its column counted in characters.
     *
     * @param location where the parser is, or null
     * @return the same place with the column in characters, null for null
     */
    TokenStreamLocation of(TokenStreamLocation location);
}

package se.samverkan.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import se.samverkan.model.participant.EducationLevel;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.PartyType;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The baselines the library's reader is measured against: bare token iteration (the floor any reader
 * pays) and a hand-written Jackson streaming loop that builds the same participant (<i>deltagare</i>)
 * objects through the model's builders, with the same duplicate-key detection, rejecting unknown
 * properties and unknown enum constants. The header (parties, associations, projects: about 2 KB of the
 * document) is skipped token by token; building it would not change the figures.
 */
final class HandWrittenReader {

    private final JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    private final Function<String, LocalDate> dates;

    /** The loop as an ordinary integrator writes it: dates through {@link LocalDate#parse}. */
    HandWrittenReader() {
        this(LocalDate::parse);
    }

    private HandWrittenReader(Function<String, LocalDate> dates) {
        this.dates = dates;
    }

    /**
     * The same loop reading each {@code yyyy-mm-dd} date from its digits into {@link LocalDate#of}, as the
     * library's reader does, instead of through the ISO formatter.
     */
    static HandWrittenReader withDigitDates() {
        return new HandWrittenReader(HandWrittenReader::digitDate);
    }

    private static LocalDate digitDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new IllegalArgumentException("not a date: " + text);
        }
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a date: " + text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Iterates over every token of the file without looking at them.
     *
     * @param path the document
     * @return the number of tokens
     * @throws IOException if the file cannot be read
     */
    long countTokens(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path);
             JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
            return countTokens(parser);
        }
    }

    /**
     * Iterates over every token of the file decoded to characters as the library decodes it.
     *
     * @param path the document
     * @return the number of tokens
     * @throws IOException if the file cannot be read
     */
    long countTokensOfChars(Path path) throws IOException {
        try (Reader in = LibraryStyleText.open(path);
             JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
            return countTokens(parser);
        }
    }

    private static long countTokens(JsonParser parser) {
        {
            long tokens = 0;
            while (parser.nextToken() != null) {
                tokens++;
            }
            return tokens;
        }
    }

    /**
     * Reads every participant of the file, handing each to {@code sink} in document order.
     *
     * @param path the document
     * @param sink receives each participant
     * @return the number of participants
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the document does not fit the format
     */
    int readParticipants(Path path, Consumer<Participant> sink) throws IOException {
        try (InputStream in = Files.newInputStream(path);
             JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
            return readParticipants(parser, sink);
        }
    }

    /**
     * Reads every participant of the file decoded to characters as the library decodes it.
     *
     * @param path the document
     * @param sink receives each participant
     * @return the number of participants
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the document does not fit the format
     */
    int readParticipantsOfChars(Path path, Consumer<Participant> sink) throws IOException {
        try (Reader in = LibraryStyleText.open(path);
             JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
            return readParticipants(parser, sink);
        }
    }

    private int readParticipants(JsonParser parser, Consumer<Participant> sink) {
        {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            int count = 0;
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken value = parser.nextToken();
                if (name.equals("participants") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        sink.accept(participant(parser));
                        count++;
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("trailing content");
            }
            return count;
        }
    }

    private Participant participant(JsonParser parser) {
        var builder = Participant.builder();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "id" -> builder.id(string(parser, value));
                case "anonymous" -> builder.anonymous(bool(value));
                case "gender" -> builder.gender(Gender.valueOf(string(parser, value)));
                case "birthYear" -> builder.birthYear(integer(parser, value));
                case "educationLevel" -> builder.educationLevel(EducationLevel.valueOf(string(parser, value)));
                case "participations" -> {
                    expect(value, JsonToken.START_ARRAY);
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        builder.addParticipations(participation(parser));
                    }
                }
                default -> throw new IllegalArgumentException("unknown property " + name);
            }
        }
        return builder.build();
    }

    private Participation participation(JsonParser parser) {
        var builder = Participation.builder();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "project" -> builder.project(string(parser, value));
                case "start" -> builder.start(dates.apply(string(parser, value)));
                case "end" -> builder.end(dates.apply(string(parser, value)));
                case "cohort" -> builder.cohort(string(parser, value));
                case "authorityContacts" -> {
                    expect(value, JsonToken.START_ARRAY);
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                        builder.addAuthorityContacts(PartyType.valueOf(string(parser, t)));
                    }
                }
                case "incomeAtStart" -> {
                    expect(value, JsonToken.START_ARRAY);
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                        builder.addIncomeAtStart(IncomeSource.valueOf(string(parser, t)));
                    }
                }
                case "incomeAtEnd" -> {
                    expect(value, JsonToken.START_ARRAY);
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                        builder.addIncomeAtEnd(IncomeSource.valueOf(string(parser, t)));
                    }
                }
                case "exitOutcome" -> builder.exitOutcome(ExitOutcome.valueOf(string(parser, value)));
                case "survey" -> {
                    expect(value, JsonToken.START_OBJECT);
                    for (String key = parser.nextName(); key != null; key = parser.nextName()) {
                        builder.putSurvey(key, integer(parser, parser.nextToken()));
                    }
                }
                case "reenrolmentReason" -> builder.reenrolmentReason(string(parser, value));
                default -> throw new IllegalArgumentException("unknown property " + name);
            }
        }
        return builder.build();
    }

    private static String string(JsonParser parser, JsonToken token) {
        expect(token, JsonToken.VALUE_STRING);
        return parser.getString();
    }

    private static int integer(JsonParser parser, JsonToken token) {
        expect(token, JsonToken.VALUE_NUMBER_INT);
        return parser.getIntValue();
    }

    private static boolean bool(JsonToken token) {
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        expect(token, JsonToken.VALUE_FALSE);
        return false;
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalArgumentException("expected " + expected + " but found " + actual);
        }
    }
}

package se.samverkan.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.json.SamverkanJson;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.EducationLevel;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.party.PartyType;

/**
 * A synthetic register (<i>syntetiskt deltagarregister</i>) of any size for trying streaming: the parties,
 * förbund and project of {@link BuildAndValidate#document(boolean)} followed by {@code n} pseudonymous
 * participants ({@code p0000001}, …) drawn from a fixed seed. No real person is described.
 *
 * <p>The participants are written one at a time with a JSON generator, so writing needs no more memory
 * for a million participants than for ten. The same seed and count always give the same file.
 */
public final class SyntheticDocument {

    private static final ExitOutcome[] OUTCOMES = {
        ExitOutcome.EMPLOYMENT, ExitOutcome.SUBSIDISED_EMPLOYMENT, ExitOutcome.STUDIES, ExitOutcome.JOB_SEEKING,
        ExitOutcome.OTHER_SUPPORT, ExitOutcome.HEALTH_CARE, ExitOutcome.DISCONTINUED, ExitOutcome.MOVED,
        ExitOutcome.OTHER};
    private static final IncomeSource[] INCOME = {
        IncomeSource.SOCIAL_ASSISTANCE, IncomeSource.ACTIVITY_SUPPORT, IncomeSource.SICKNESS_BENEFIT,
        IncomeSource.NO_INCOME, IncomeSource.UNEMPLOYMENT_INSURANCE};
    private static final PartyType[] CONTACTS = {
        PartyType.PUBLIC_EMPLOYMENT_SERVICE, PartyType.MUNICIPALITY, PartyType.SOCIAL_INSURANCE_AGENCY,
        PartyType.REGION};
    private static final LocalDate FIRST_START = LocalDate.of(2008, 3, 1);
    private static final int START_DAYS = 600;

    private SyntheticDocument() {
    }

    /**
     * Writes a synthetic document, as {@code java … SyntheticDocument OUT.json N}.
     *
     * @param args the target file and the number of participants
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SyntheticDocument OUT.json PARTICIPANTS");
            System.exit(2);
        }
        write(Path.of(args[0]), Integer.parseInt(args[1]), 20071108L);
    }

    /**
     * Writes a document with {@code participants} synthetic participants of project {@code gt-vuxna}.
     *
     * @param target       the file to write (replaced when it exists), not null
     * @param participants how many participants, at least 0
     * @param seed         the seed of the random draws
     * @throws NullPointerException     if {@code target} is null
     * @throws IllegalArgumentException if {@code participants} is negative
     * @throws IOException              if the file cannot be written
     */
    public static void write(Path target, int participants, long seed) throws IOException {
        Objects.requireNonNull(target, "target");
        if (participants < 0) {
            throw new IllegalArgumentException("participants must not be negative: " + participants);
        }
        SamverkanDocument header = SamverkanDocument.builder().from(BuildAndValidate.document(false))
            .participants(java.util.List.of()).build();
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode headerTree = mapper.readTree(SamverkanJson.create().write(header));
        SplittableRandom random = new SplittableRandom(seed);
        try (OutputStream out = Files.newOutputStream(target);
             JsonGenerator json = mapper.createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, JsonNode> property : headerTree.properties()) {
                if (!property.getKey().equals("participants")) {
                    json.writeName(property.getKey());
                    json.writeTree(property.getValue());
                }
            }
            json.writeName("participants");
            json.writeStartArray();
            for (int i = 1; i <= participants; i++) {
                participant(json, i, random);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void participant(JsonGenerator json, int number, SplittableRandom random) {
        json.writeStartObject();
        json.writeStringProperty("id", String.format("p%07d", number));
        json.writeBooleanProperty("anonymous", false);
        json.writeStringProperty("gender", (random.nextBoolean() ? Gender.WOMAN : Gender.MAN).name());
        LocalDate start = FIRST_START.plusDays(random.nextInt(START_DAYS));
        json.writeNumberProperty("birthYear", start.getYear() - 25 - random.nextInt(21));
        json.writeStringProperty("educationLevel", EducationLevel.values()[random.nextInt(
            EducationLevel.values().length)].name());
        json.writeName("participations");
        json.writeStartArray();
        json.writeStartObject();
        json.writeStringProperty("project", "gt-vuxna");
        json.writeStringProperty("start", start.toString());
        LocalDate end = start.plusDays(60 + random.nextInt(300));
        boolean ended = end.isBefore(LocalDate.of(2010, 2, 28));
        if (ended) {
            json.writeStringProperty("end", end.toString());
        }
        json.writeName("authorityContacts");
        json.writeStartArray();
        int first = random.nextInt(CONTACTS.length);
        json.writeString(CONTACTS[first].name());
        json.writeString(CONTACTS[(first + 1 + random.nextInt(CONTACTS.length - 1)) % CONTACTS.length].name());
        json.writeEndArray();
        IncomeSource income = INCOME[random.nextInt(INCOME.length)];
        json.writeName("incomeAtStart");
        json.writeStartArray();
        json.writeString(income.name());
        json.writeEndArray();
        if (ended) {
            ExitOutcome outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
            json.writeName("incomeAtEnd");
            json.writeStartArray();
            json.writeString(outcome == ExitOutcome.EMPLOYMENT ? IncomeSource.EMPLOYMENT.name() : income.name());
            json.writeEndArray();
            json.writeStringProperty("exitOutcome", outcome.name());
        }
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }
}

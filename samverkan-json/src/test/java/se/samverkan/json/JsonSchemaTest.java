package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.testing.ModelArbitraries;
import se.samverkan.model.testing.SeedDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schema (draft 2020-12) is the one generated from the model, accepts every sample and
 * every valid document the library writes, and rejects structurally bad documents.
 */
class JsonSchemaTest {

    private static final SamverkanJson JSON = SamverkanJson.create();

    /** The published schema, loaded on first use (the drift test must run even when it is broken). */
    private static final class Published {
        static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SamverkanJson.schema(), InputFormat.JSON);
        static final JsonNode TREE = JsonMapper.builder().build().readTree(SamverkanJson.schema());
    }

    @Test
    void the_committed_schema_is_the_one_generated_from_the_model() throws Exception {
        String generated = SchemaGeneration.generate();
        if (Boolean.getBoolean("samverkan.schema.write")) {
            Files.writeString(SchemaGeneration.COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SchemaGeneration.COMMITTED))
            .as("the model changed: regenerate with -Dsamverkan.schema.write=true and commit the schema")
            .isEqualTo(generated);
        assertThat(SamverkanJson.schema()).isEqualTo(generated);
    }

    @Test
    void the_schema_is_draft_2020_12_with_required_properties_enums_patterns_bounds_and_closed_objects() {
        assertThat(Published.TREE.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(Published.TREE.get("additionalProperties").asBoolean(true)).isFalse();
        JsonNode party = Published.TREE.get("$defs").get("Party");
        assertThat(names(party.get("required"))).containsExactly("id", "name", "type");
        assertThat(names(party.get("properties").propertyNames().stream().collect(Collectors.toList())))
            .containsExactly("id", "name", "type", "parent", "organisationNumber", "municipalityCode", "population");
        assertThat(party.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(party.get("properties").get("id").get("pattern").asString())
            .isEqualTo("^(?:[a-z0-9][a-z0-9._-]{0,63})$");
        assertThat(party.get("properties").get("name").get("maxLength").asInt()).isEqualTo(300);
        assertThat(names(Published.TREE.get("$defs").get("Gender").get("enum")))
            .containsExactly("WOMAN", "MAN", "NON_BINARY", "UNSPECIFIED");
        JsonNode line = Published.TREE.get("$defs").get("BudgetLine").get("properties");
        assertThat(line.get("year").get("minimum").asInt()).isEqualTo(1990);
        assertThat(line.get("year").get("maximum").asInt()).isEqualTo(2100);
        assertThat(line.get("amount").get("$ref").asString()).isEqualTo("#/$defs/NonNegativeAmount");
        JsonNode contacts = Published.TREE.get("$defs").get("Participation").get("properties").get("authorityContacts");
        assertThat(contacts.get("anyOf").get(0).get("type").asString()).isEqualTo("null");
        assertThat(contacts.get("anyOf").get(1).get("uniqueItems").asBoolean()).isTrue();
        assertThat(party.get("properties").get("id").has("anyOf")).as("a required id is never null").isFalse();
    }

    @Test
    void every_sample_document_is_valid_and_reads_without_violations() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/se/samverkan/json/samples"))) {
            samples = files.sorted().collect(Collectors.toList());
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(2);
        for (Path sample : samples) {
            assertThat(errors(Files.readString(sample))).as(sample.toString()).isEmpty();
            assertThat(JSON.readAndValidate(sample).violations()).as(sample.toString()).isEmpty();
        }
    }

    @Test
    void the_seed_documents_as_written_are_valid() {
        Stream.of(SeedDocuments.gemensammaTagetVuxna(60, 11), SeedDocuments.kavlingeLommaProcess(),
                SeedDocuments.mysamGavleForstudie(), SeedDocuments.gransgangareEsf())
            .forEach(document -> assertThat(errors(JSON.write(document))).isEmpty());
    }

    @Provide
    Arbitrary<SamverkanDocument> validDocuments() {
        return ModelArbitraries.validDocuments();
    }

    @Property(tries = 60)
    void every_valid_document_as_written_is_valid_against_the_schema(
            @ForAll("validDocuments") SamverkanDocument document) {
        assertThat(errors(JSON.write(document))).isEmpty();
    }

    @Test
    void structurally_bad_documents_are_rejected() {
        assertRejected("{ \"extra\": 1 }", "additionalProperties");
        assertRejected("{ \"parties\": [ { \"id\": \"fk\", \"name\": \"F\" } ] }", "required");
        assertRejected("{ \"parties\": [ { \"id\": \"fk\", \"name\": \"F\", \"type\": \"BANK\" } ] }", "enum");
        assertRejected("{ \"parties\": [ { \"id\": \"fk\", \"name\": \"F\", \"type\": \"REGION\", \"nmae\": 1 } ] }",
            "additionalProperties");
        assertRejected("{ \"parties\": [ { \"id\": \"FK\", \"name\": \"F\", \"type\": \"REGION\" } ] }", "pattern");
        assertRejected("{ \"participants\": [ { \"id\": \"p\", \"gender\": \"MAN\", \"birthYear\": \"1975\" } ] }",
            "type");
        assertRejected("{ \"participants\": [ { \"id\": \"p\", \"gender\": \"MAN\", \"participations\": "
            + "[ { \"project\": \"gt\", \"start\": \"31/03/2008\" } ] } ] }", "pattern");
        assertRejected("{ \"associations\": [ { \"id\": \"sf\", \"funding\": [ { \"year\": 2008, \"total\": \"6 Mkr\" } ] } ] }",
            "pattern");
        assertRejected("{ \"parties\": {} }", "type");
        assertRejected("{ \"parties\": [ { \"id\": null, \"name\": \"F\", \"type\": \"REGION\" } ] }", "type");
        assertRejected("{ \"associations\": [ { \"id\": \"sf\", \"members\": [ \"fk\", null ] } ] }", "type");
    }

    /** A small valid document; the cases below change one thing in it. */
    private static final String BASE = """
        { "schemaVersion": "1",
          "parties": [ { "id": "fk", "name": "Försäkringskassan", "type": "SOCIAL_INSURANCE_AGENCY" },
                       { "id": "af", "name": "Arbetsförmedlingen", "type": "PUBLIC_EMPLOYMENT_SERVICE" },
                       { "id": "rg", "name": "Regionen", "type": "REGION", "population": 9000 },
                       { "id": "ko", "name": "Kommunen", "type": "MUNICIPALITY", "population": 1000 },
                       { "id": "sf", "name": "Förbundet", "type": "COORDINATION_ASSOCIATION" } ],
          "associations": [ { "id": "sf", "members": [ "fk", "af", "rg", "ko" ],
                              "funding": [ { "year": 2024, "total": "1000.00", "equity": "-5" } ],
                              "municipalKey": { "method": "AGREED", "shares": [ { "party": "ko", "share": "1" } ] } } ],
          "projects": [ { "id": "p", "name": "P", "kind": "PROJECT", "orientation": "INDIVIDUAL",
                          "measurement": "PERSON_LEVEL", "owner": "fk", "financiers": [ "sf" ], "partners": [ "ko" ],
                          "period": { "start": "2024-01-01", "end": "2024-12-31" },
                          "targetGroup": { "description": "Vuxna", "ageRange": { "min": 18, "max": 64 } },
                          "goals": [ { "id": "g", "title": "Arbete",
                                       "indicator": { "type": "EXIT_OUTCOME_SHARE", "outcomes": [ "EMPLOYMENT" ] },
                                       "target": { "comparator": "AT_LEAST", "value": 40 } } ],
                          "budget": { "lines": [ { "year": 2024, "category": "STAFF", "item": "Koordinator",
                                                   "amount": "1000.50" },
                                                 { "year": 2024, "category": "TRAVEL", "item": "Resor",
                                                   "amount": 99.5 } ] } } ],
          "participants": [ { "id": "d1", "gender": "WOMAN", "birthYear": 1980, "educationLevel": "UPPER_SECONDARY",
                              "participations": [ { "project": "p", "start": "2024-02-29", "end": "2024-06-30",
                                                    "exitOutcome": "EMPLOYMENT",
                                                    "incomeAtStart": [ "SOCIAL_ASSISTANCE" ] } ] },
                            { "id": "d2", "anonymous": true, "gender": "MAN", "birthYear": 1990,
                              "participations": [ { "project": "p", "start": "2024-03-01" } ] } ] }
        """;

    /** BASE with one text replaced; the text must occur in it. */
    private static String base(String text, String replacement) {
        assertThat(BASE).contains(text);
        return BASE.replace(text, replacement);
    }

    @Test
    void the_base_document_is_valid_to_the_schema_and_the_reader() {
        assertThat(errors(BASE)).isEmpty();
        assertThat(readerRefuses(BASE)).as("the reader's verdict on the base document").isFalse();
    }

    @Test
    void what_the_reader_refuses_the_schema_refuses_too() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("three decimals in a string", base("\"1000.50\"", "\"1000.505\""));
        cases.put("three decimals in a number", base("99.5", "99.505"));
        cases.put("14 integer digits", base("\"1000.50\"", "\"12345678901234\""));
        cases.put("14 integer digits in a number", base("99.5", "12345678901234"));
        cases.put("a negative budget amount", base("\"1000.50\"", "\"-1000.50\""));
        cases.put("a negative amount as a number", base("99.5", "-99.5"));
        cases.put("an exponent in a string", base("\"1000.50\"", "\"1e3\""));
        cases.put("share 1.5", base("\"share\": \"1\"", "\"share\": \"1.5\""));
        cases.put("share 1.5 as a number", base("\"share\": \"1\"", "\"share\": 1.5"));
        cases.put("a share with 13 decimals", base("\"share\": \"1\"", "\"share\": \"0.1234567890123\""));
        cases.put("30 February", base("2024-02-29", "2024-02-30"));
        cases.put("29 February of a common year", base("2024-02-29", "2023-02-29"));
        cases.put("month 13", base("2024-02-29", "2024-13-01"));
        cases.put("day 0", base("2024-02-29", "2024-02-00"));
        cases.put("31 April", base("2024-02-29", "2024-04-31"));
        cases.put("an anonymous participant with an education level",
            base("\"anonymous\": true,", "\"anonymous\": true, \"educationLevel\": \"UNKNOWN\","));
        cases.put("an anonymous participant with income sources",
            base("\"start\": \"2024-03-01\"", "\"start\": \"2024-03-01\", \"incomeAtStart\": [ \"NO_INCOME\" ]"));
        cases.put("an unknown code", base("\"STAFF\"", "\"SALARY\""));
        cases.put("a share target above 100", base("\"value\": 40", "\"value\": 140"));
        cases.put("an upper bound without BETWEEN", base("\"value\": 40", "\"value\": 40, \"upper\": 60"));
        cases.put("BETWEEN without an upper bound", base("\"AT_LEAST\"", "\"BETWEEN\""));
        cases.put("an exit-outcome indicator without outcomes", base("\"outcomes\": [ \"EMPLOYMENT\" ]", "\"outcomes\": []"));
        cases.put("a question on an exit-outcome indicator",
            base("\"outcomes\": [ \"EMPLOYMENT\" ]", "\"outcomes\": [ \"EMPLOYMENT\" ], \"question\": \"q\""));
        cases.put("an exit outcome without an end",
            base("\"start\": \"2024-03-01\"", "\"start\": \"2024-03-01\", \"exitOutcome\": \"MOVED\""));
        cases.put("schemaVersion 2", base("\"schemaVersion\": \"1\"", "\"schemaVersion\": \"2\""));
        assertVerdicts(cases, true);
    }

    @Test
    void what_the_reader_accepts_at_the_bounds_the_schema_accepts() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("13 integer digits and 2 decimals", base("\"1000.50\"", "\"9999999999999.99\""));
        cases.put("the same as a number", base("99.5", "9999999999999.99"));
        cases.put("trailing zeros beyond two decimals", base("\"1000.50\"", "\"1000.500\""));
        cases.put("leading zeros", base("\"1000.50\"", "\"00000000000001000.50\""));
        cases.put("a number the binary floating point cannot hold exactly", base("99.5", "0.29"));
        cases.put("a number with an exponent", base("99.5", "1e2"));
        cases.put("minus zero", base("\"1000.50\"", "\"-0.00\""));
        cases.put("share 1.000", base("\"share\": \"1\"", "\"share\": \"1.000\""));
        cases.put("share 1 as a number", base("\"share\": \"1\"", "\"share\": 1"));
        cases.put("29 February 2000", base("2024-02-29", "2000-02-29"));
        cases.put("a negative equity", base("\"equity\": \"-5\"", "\"equity\": \"-9999999999999.99\""));
        cases.put("a share target of 100", base("\"value\": 40", "\"value\": 100"));
        cases.put("BETWEEN with an upper bound", base("\"AT_LEAST\", \"value\": 40", "\"BETWEEN\", \"value\": 40, \"upper\": 60"));
        cases.put("an anonymous participant with a birth year and null personal fields",
            base("\"anonymous\": true,", "\"anonymous\": true, \"educationLevel\": null,"));
        assertVerdicts(cases, false);
    }

    @Test
    void the_schema_requires_schemaVersion_where_the_reader_assumes_it() {
        String withoutVersion = base("\"schemaVersion\": \"1\",", "");
        assertThat(readerRefuses(withoutVersion)).isFalse();
        assertRejected(withoutVersion, "required");
        assertThat(readerRefuses("{}")).isFalse();
        assertRejected("{}", "required");
        assertThat(errors("{ \"schemaVersion\": \"1\" }")).isEmpty();
    }

    @Test
    void the_date_pattern_accepts_exactly_the_days_of_the_calendar() {
        java.util.regex.Pattern date = java.util.regex.Pattern.compile(
            Published.TREE.get("$defs").get("Date").get("pattern").asString());
        int checked = 0;
        // Century years decide the leap rule: 1900 and 2100 are common, 1600, 2000 and 2400 leap; 0000 is leap.
        for (int year : new int[] {0, 4, 1600, 1700, 1900, 1996, 2000, 2023, 2024, 2100, 2400, 9996, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = String.format("%04d-%02d-%02d", year, month, day);
                    boolean real;
                    try {
                        java.time.LocalDate.of(year, month, day);
                        real = true;
                    } catch (java.time.DateTimeException e) {
                        real = false;
                    }
                    assertThat(date.matcher(text).matches()).as(text).isEqualTo(real);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(13 * 14 * 33);
    }

    @Provide
    Arbitrary<String> decimalTexts() {
        // Mostly near-decimals: a sign or not, 0–16 integer digits (leading zeros included), 0–4 decimals or a
        // bare point; and some any text of the same characters.
        net.jqwik.api.arbitraries.StringArbitrary digits = Arbitraries.strings().withChars("0123456789");
        Arbitrary<String> decimals = Arbitraries.oneOf(Arbitraries.just(""),
            digits.ofMinLength(0).ofMaxLength(4).map(d -> "." + d));
        Arbitrary<String> near = net.jqwik.api.Combinators.combine(Arbitraries.of("", "-"),
            digits.ofMinLength(0).ofMaxLength(16), decimals).as((sign, whole, fraction) -> sign + whole + fraction);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, near),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("0123456789.-e ,").ofMinLength(1).ofMaxLength(18)));
    }

    /** Amount texts in a budget line (not negative) and as equity (any sign): the schema agrees with the reader. */
    @Property(tries = 400)
    void the_amount_definitions_agree_with_the_reader(@ForAll("decimalTexts") String text) {
        String line = base("\"1000.50\"", "\"" + text + "\"");
        assertThat(errors(line).isEmpty()).as("budget amount %s", text).isEqualTo(!readerRefuses(line));
        String equity = base("\"equity\": \"-5\"", "\"equity\": \"" + text + "\"");
        assertThat(errors(equity).isEmpty()).as("equity %s", text).isEqualTo(!readerRefuses(equity));
    }

    @Property(tries = 300)
    void the_share_definition_agrees_with_the_reader(@ForAll("decimalTexts") String text) {
        String json = base("\"share\": \"1\"", "\"share\": \"" + text + "\"");
        boolean read;
        try {
            JSON.read(json);
            read = true;
        } catch (SamverkanJsonException e) {
            read = false;
        }
        assertThat(errors(json).isEmpty()).as("share %s", text).isEqualTo(read);
    }

    @Provide
    Arbitrary<Participant> anyParticipants() {
        return ModelArbitraries.anyParticipants();
    }

    /**
     * Participants that break field rules, alone or together: a participant validation accepts, the schema
     * accepts; one the schema accepts breaks at most the rules it cannot state (a comparison of two dates, a
     * reference into the project's survey scale).
     */
    @Property(tries = 400)
    void the_schema_refuses_a_participant_wherever_validation_does_and_can_be_said(
            @ForAll("anyParticipants") Participant participant) {
        String json = JSON.write(SamverkanDocument.builder().addParticipants(participant).build());
        Set<String> rules;
        try {
            rules = JSON.readAndValidate(json).violations().stream().map(v -> v.violation().rule())
                .collect(Collectors.toCollection(TreeSet::new));
        } catch (SamverkanJsonException e) {
            rules = Set.of(e.getMessage());
        }
        List<Error> errors = errors(json);
        net.jqwik.api.statistics.Statistics.label("verdicts").collect(rules.isEmpty() ? "valid"
            : errors.isEmpty() ? "only validation refuses" : "both refuse");
        if (rules.isEmpty()) {
            assertThat(errors).as("valid to the reader: %s", json).isEmpty();
        }
        if (errors.isEmpty()) {
            assertThat(rules).as("accepted by the schema: %s", json).isSubsetOf(Set.of("END_BEFORE_START"));
        }
    }

    @Test
    void every_definition_and_property_has_a_description_and_a_domain_name() {
        JsonNode definitions = Published.TREE.get("$defs");
        assertThat(Published.TREE.get("description").asString()).isNotBlank();
        int described = 0;
        for (String name : definitions.propertyNames()) {
            assertThat(name).as("a domain name, not a Java one").matches("[A-Z][A-Za-z]+")
                .isNotIn("BigDecimal", "LocalDate", "Integer", "String", "Map", "IntRange", "Optional");
            JsonNode definition = definitions.get(name);
            assertThat(definition.path("description").asString("")).as(name).isNotBlank();
            described++;
            if (definition.has("properties")) {
                for (String property : definition.get("properties").propertyNames()) {
                    assertThat(definition.get("properties").get(property).path("description").asString(""))
                        .as(name + "." + property).isNotBlank();
                    described++;
                }
            }
        }
        for (String property : Published.TREE.get("properties").propertyNames()) {
            assertThat(Published.TREE.get("properties").get(property).path("description").asString("")).isNotBlank();
            described++;
        }
        // 54 definitions, 160 properties in them, 6 root properties (counted when this test was written).
        assertThat(described).isGreaterThanOrEqualTo(200);
        assertThat(definitions.get("Gender").get("description").asString()).contains("WOMAN (Kvinna)");
    }

    /** The reader and the schema both refuse (or both accept) every case. */
    private static void assertVerdicts(Map<String, String> cases, boolean refused) {
        cases.forEach((name, json) -> {
            assertThat(readerRefuses(json)).as("the reader's verdict on: %s", name).isEqualTo(refused);
            assertThat(errors(json).isEmpty()).as("the schema's verdict on: %s, %s", name, errors(json))
                .isEqualTo(!refused);
        });
    }

    /** Whether the reader refuses a text: a reading problem, or a field rule of validation. */
    private static boolean readerRefuses(String json) {
        try {
            return !JSON.readAndValidate(json).violations().isEmpty();
        } catch (SamverkanJsonException e) {
            return true;
        }
    }

    private static void assertRejected(String json, String keyword) {
        List<Error> errors = errors(json);
        assertThat(errors).as(json).isNotEmpty();
        assertThat(errors).extracting(Error::getKeyword).as(json).contains(keyword);
    }

    private static List<Error> errors(String json) {
        return Published.SCHEMA.validate(json, InputFormat.JSON,
            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    }

    private static List<String> names(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).collect(Collectors.toList());
    }

    private static List<String> names(List<String> names) {
        return names;
    }
}

package se.samverkan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samverkan.json.LocatedViolation;
import se.samverkan.json.ParticipantReader;
import se.samverkan.json.SamverkanJson;
import se.samverkan.json.ValidatedDocument;
import se.samverkan.json.metrics.MetricsFinding;
import se.samverkan.json.metrics.MetricsJsonWriter;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.EducationLevel;
import se.samverkan.model.participant.ImmutableParticipant;
import se.samverkan.model.participant.ImmutableParticipation;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.validation.SamverkanValidator;
import se.samverkan.model.validation.Violation;

/**
 * An anonymous participant (<i>anonym deltagare</i>, docs/domain.md) carries only gender, birth year
 * and dates, whatever the path: a document read from JSON with an anonymous participant carrying
 * personal data is reported by validation on each offending field, in the whole document and in the
 * streamed participant; and the metrics output never exposes a single person's record.
 */
class AnonymousParticipantPrivacyTest {

    private static final SamverkanJson JSON = SamverkanJson.create();
    private static final String KEY = "se.samverkan.validation.AnonymousWithoutPersonalData.message";

    private static SamverkanDocument sample() throws IOException {
        return JSON.read(PersonalDataScanTest.RepositoryFiles.root()
            .resolve(Path.of("examples", "data", "gemensamma-taget-vuxna.json")));
    }

    /** The sample with its first anonymous participant given education, contacts, income and answers. */
    private static String withPersonalDataOnAnAnonymousParticipant(SamverkanDocument sample, int index) {
        List<Participant> participants = new ArrayList<>(sample.getParticipants());
        Participant anonymous = participants.get(index);
        assertThat(anonymous.isAnonymous()).isTrue();
        ImmutableParticipation participation = ImmutableParticipation.copyOf(anonymous.getParticipations().get(0))
            .withAuthorityContacts(PartyType.MUNICIPALITY)
            .withIncomeAtStart(IncomeSource.values()[0])
            .withSurvey(Map.of("quality", 1));
        participants.set(index, ImmutableParticipant.copyOf(anonymous)
            .withEducationLevel(EducationLevel.values()[0])
            .withParticipations(participation));
        return JSON.write(se.samverkan.model.ImmutableSamverkanDocument.copyOf(sample).withParticipants(participants));
    }

    private static int firstAnonymous(SamverkanDocument document) {
        for (int i = 0; i < document.getParticipants().size(); i++) {
            if (document.getParticipants().get(i).isAnonymous()) {
                return i;
            }
        }
        throw new AssertionError("the sample has no anonymous participant");
    }

    @Test
    void an_anonymous_participant_with_personal_data_read_from_json_is_reported_on_each_field() throws IOException {
        SamverkanDocument sample = sample();
        int index = firstAnonymous(sample);
        String json = withPersonalDataOnAnAnonymousParticipant(sample, index);

        ValidatedDocument validated = JSON.readAndValidate(json);

        String at = "/participants/" + index;
        assertThat(validated.violations()).filteredOn(v -> v.violation().messageKey().equals(KEY))
            .extracting(LocatedViolation::path)
            .containsExactlyInAnyOrder(at + "/educationLevel", at + "/participations/0/authorityContacts",
                at + "/participations/0/incomeAtStart", at + "/participations/0/survey");
        assertThat(validated.violations()).filteredOn(v -> v.violation().messageKey().equals(KEY))
            .allSatisfy(v -> {
                assertThat(v.line()).isPositive();
                assertThat(v.violation().message(SamverkanValidator.SWEDISH))
                    .isEqualTo("en anonym deltagare får bara ha kön, födelseår och datum");
            });
        assertThat(JSON.readAndValidate(JSON.write(sample)).violations())
            .noneMatch(v -> v.violation().messageKey().equals(KEY));
    }

    /**
     * Each kind of personal data alone is reported (PIT found that a validator reporting only the first
     * offending field, or none after a clean one, survived the model's tests).
     */
    @ParameterizedTest
    @ValueSource(strings = {"educationLevel", "authorityContacts", "incomeAtStart", "incomeAtEnd", "survey"})
    void each_kind_of_personal_data_alone_on_an_anonymous_participant_is_reported(String field) throws IOException {
        SamverkanDocument sample = sample();
        int index = firstAnonymous(sample);
        Participant anonymous = sample.getParticipants().get(index);
        ImmutableParticipation participation = ImmutableParticipation.copyOf(anonymous.getParticipations().get(0));
        ImmutableParticipant changed = ImmutableParticipant.copyOf(anonymous);
        switch (field) {
            case "educationLevel" -> changed = changed.withEducationLevel(EducationLevel.values()[0]);
            case "authorityContacts" -> participation = participation.withAuthorityContacts(PartyType.REGION);
            case "incomeAtStart" -> participation = participation.withIncomeAtStart(IncomeSource.values()[0]);
            case "incomeAtEnd" -> participation = participation.withIncomeAtEnd(IncomeSource.values()[0]);
            default -> participation = participation.withSurvey(Map.of("quality", 2));
        }
        changed = changed.withParticipations(participation);
        List<Participant> participants = new ArrayList<>(sample.getParticipants());
        participants.set(index, changed);
        String json = JSON.write(se.samverkan.model.ImmutableSamverkanDocument.copyOf(sample)
            .withParticipants(participants));

        String at = "/participants/" + index + (field.equals("educationLevel") ? "/" : "/participations/0/") + field;
        assertThat(JSON.readAndValidate(json).violations())
            .filteredOn(v -> v.violation().messageKey().equals(KEY))
            .extracting(LocatedViolation::path).containsExactly(at);
        assertThat(SamverkanValidator.create().validateObject(changed)).extracting(Violation::messageKey)
            .containsExactly(KEY);
    }

    @Test
    void a_streamed_anonymous_participant_with_personal_data_is_reported_by_validation() throws IOException {
        SamverkanDocument sample = sample();
        int index = firstAnonymous(sample);
        byte[] json = withPersonalDataOnAnAnonymousParticipant(sample, index).getBytes(StandardCharsets.UTF_8);
        SamverkanValidator validator = SamverkanValidator.create();

        List<List<Violation>> reported = new ArrayList<>();
        try (ParticipantReader participants = JSON.openParticipants(new ByteArrayInputStream(json))) {
            participants.forEachRemaining(p -> reported.add(validator.validateObject(p)));
        }

        assertThat(reported).hasSize(sample.getParticipants().size());
        assertThat(reported.get(index)).extracting(Violation::messageKey).containsOnly(KEY).hasSize(4);
        assertThat(reported.get(index)).extracting(Violation::path)
            .contains("/educationLevel", "/participations/0/survey");
    }

    @Test
    void the_metrics_output_holds_no_participant_record() throws IOException {
        SamverkanDocument sample = sample();
        MeasurementScope scope = MeasurementScope.projectPeriod();
        List<ProjectResult> results = ProjectMetrics.of(scope).compute(sample);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MetricsJsonWriter.create().write(sample, results, scope,
            ReportingRules.create().check(sample).stream().map(MetricsFinding::of).toList(), out);
        String metrics = out.toString(StandardCharsets.UTF_8);

        assertThat(metrics).contains("\"projects\"")
            .doesNotContain("\"birthYear\"", "\"educationLevel\"", "\"survey\"", "\"anonymous\"",
                "\"incomeAtStart\"", "\"incomeAtEnd\"", "\"authorityContacts\"", "\"participations\"");
        for (Participant participant : sample.getParticipants()) {
            assertThat(metrics).as("participant id %s", participant.getId())
                .doesNotContain("\"" + participant.getId() + "\"");
        }
    }
}

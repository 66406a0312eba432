package se.samverkan.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import se.samverkan.json.SamverkanJson;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.Funding;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.EducationLevel;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.ProjectKind;
import se.samverkan.model.project.SurveyQuestion;
import se.samverkan.model.project.TargetGroup;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.time.Period;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A deterministic, generated <i>samverkan</i> document for the benchmarks: one coordination association
 * (<i>samordningsförbund</i>) with four members financing one individual-level project (<i>insats</i>,
 * 2020–2024, target group 16–64 years) and {@code n} generated participants (<i>deltagare</i>). The same seed and count always give
 * the same bytes. No personal data: ids are {@code p0000001}…, everything else is drawn from the model's
 * enums.
 *
 * <p>Mix (per participant): 5 % anonymous (gender, birth year and dates only); 10 % a second
 * participation (a re-enrolment with its documented reason); about 20 % of participations without an
 * end (still ongoing when the project ends), 2 % registered in error; one to three authority contacts, one or two income
 * sources at start and at end, one survey answer. Birth years 1958–2007 put about 3.5 % of the
 * participations outside the target group's ages: the reporting rules warn about those
 * ({@code AGE_OUTSIDE_TARGET_GROUP}) and find nothing else.
 */
public final class GeneratedDocument {

    /** The project every participation belongs to. */
    public static final String PROJECT_ID = "gemensamt";

    private static final long SEED = 20261122L;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
    private static final PartyType[] CONTACTS = {PartyType.SOCIAL_INSURANCE_AGENCY,
        PartyType.PUBLIC_EMPLOYMENT_SERVICE, PartyType.REGION, PartyType.MUNICIPALITY};
    private static final ExitOutcome[] ENDED_OUTCOMES = {ExitOutcome.EMPLOYMENT, ExitOutcome.SUBSIDISED_EMPLOYMENT,
        ExitOutcome.STUDIES, ExitOutcome.JOB_SEEKING, ExitOutcome.OTHER_SUPPORT, ExitOutcome.HEALTH_CARE,
        ExitOutcome.DISCONTINUED, ExitOutcome.MOVED, ExitOutcome.OTHER};

    private GeneratedDocument() {
    }

    /**
     * Writes the document with {@code participants} participants to {@code path}, unless the file is
     * already there: written by {@link SamverkanJson#write(SamverkanDocument, Path)}, then copied without
     * the indentation (about 390 bytes per participant instead of 550).
     *
     * @param path the file, not null
     * @param participants how many participants, at least 1
     * @return {@code path}
     * @throws IOException if the file cannot be written
     */
    public static Path writeIfAbsent(Path path, int participants) throws IOException {
        Objects.requireNonNull(path, "path");
        if (Files.isRegularFile(path)) {
            return path;
        }
        Files.createDirectories(path.toAbsolutePath().getParent());
        Path indented = path.resolveSibling(path.getFileName() + ".indented");
        Path partial = path.resolveSibling(path.getFileName() + ".partial");
        SamverkanJson.create().write(document(participants), indented);
        compact(indented, partial);
        Files.delete(indented);
        Files.move(partial, path, StandardCopyOption.REPLACE_EXISTING);
        return path;
    }

    /** Copies the library's indented output token by token without whitespace, as integrators send it. */
    private static void compact(Path from, Path to) throws IOException {
        JsonFactory factory = new JsonFactory();
        try (InputStream in = Files.newInputStream(from);
             OutputStream out = Files.newOutputStream(to);
             JsonParser parser = factory.createParser(ObjectReadContext.empty(), in);
             JsonGenerator generator = factory.createGenerator(ObjectWriteContext.empty(), out)) {
            while (parser.nextToken() != null) {
                generator.copyCurrentEventExact(parser);
            }
        }
    }

    /**
     * The document with {@code participants} generated participants.
     *
     * @param participants how many, at least 1
     * @return the document, never null
     * @throws IllegalArgumentException if {@code participants} is below 1
     */
    public static SamverkanDocument document(int participants) {
        if (participants < 1) {
            throw new IllegalArgumentException("participants must be at least 1: " + participants);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        List<Participant> all = new ArrayList<>(participants);
        for (int i = 1; i <= participants; i++) {
            all.add(participant(i, random));
        }
        return SamverkanDocument.builder()
            .addParties(party("fk", "Försäkringskassan", PartyType.SOCIAL_INSURANCE_AGENCY),
                party("af", "Arbetsförmedlingen", PartyType.PUBLIC_EMPLOYMENT_SERVICE),
                party("region", "Region", PartyType.REGION),
                party("kommun", "Kommunen", PartyType.MUNICIPALITY),
                party("forbundet", "Samordningsförbundet", PartyType.COORDINATION_ASSOCIATION))
            .addAssociations(CoordinationAssociation.builder().id("forbundet")
                .addMembers("fk", "af", "region", "kommun")
                .addFunding(Funding.builder().year(2020).total(Amount.ofKronor(12_000_000)).build())
                .build())
            .addProjects(project())
            .participants(all)
            .build();
    }

    private static Party party(String id, String name, PartyType type) {
        return Party.builder().id(id).name(name).type(type).build();
    }

    private static Project project() {
        return Project.builder().id(PROJECT_ID).name("Gemensamt arbete").kind(ProjectKind.PROJECT)
            .orientation(Orientation.INDIVIDUAL).measurement(Measurement.PERSON_LEVEL).owner("kommun")
            .addFinanciers("forbundet").addPartners("fk", "af", "region")
            .period(Period.of(FIRST_DAY, LAST_DAY))
            .targetGroup(TargetGroup.builder().description("Personer 16–64 år i behov av samordnat stöd")
                .ageRange(IntRange.of(16, 64)).build())
            .addSurveyQuestions(SurveyQuestion.builder().id("improved-life").text("Har livet blivit bättre?")
                .min(1).max(5).build())
            .build();
    }

    private static Participant participant(int index, SplittableRandom random) {
        boolean anonymous = random.nextInt(100) < 5;
        Gender gender = Gender.values()[random.nextInt(100) < 48 ? 0 : random.nextInt(100) < 96 ? 1 : 2 + random.nextInt(2)];
        var builder = Participant.builder()
            .id(String.format("p%07d", index))
            .anonymous(anonymous)
            .gender(gender)
            .birthYear(1958 + random.nextInt(50));
        if (!anonymous) {
            EducationLevel[] levels = EducationLevel.values();
            builder.educationLevel(levels[random.nextInt(levels.length)]);
        }
        LocalDate start = FIRST_DAY.plusDays(random.nextInt(1700));
        Participation first = participation(start, anonymous, null, random);
        builder.addParticipations(first);
        if (random.nextInt(100) < 10 && first.getEnd().isPresent()) {
            LocalDate again = first.getEnd().get().plusDays(30 + random.nextInt(60));
            if (!again.isAfter(LAST_DAY)) {
                builder.addParticipations(participation(again, anonymous, "Ny bedömning efter avbrott", random));
            }
        }
        return builder.build();
    }

    private static Participation participation(LocalDate start, boolean anonymous, String reason,
            SplittableRandom random) {
        var builder = Participation.builder().project(PROJECT_ID).start(start).reenrolmentReason(reason);
        int kind = random.nextInt(100);
        LocalDate end = start.plusDays(20 + random.nextInt(500));
        boolean ended = kind >= 12 && !end.isAfter(LAST_DAY);
        if (ended) {
            builder.end(end);
            builder.exitOutcome(kind < 14 ? ExitOutcome.ERRONEOUS_REGISTRATION
                : ENDED_OUTCOMES[random.nextInt(ENDED_OUTCOMES.length)]);
        }
        if (!anonymous) {
            int contacts = 1 + random.nextInt(3);
            int offset = random.nextInt(CONTACTS.length);
            for (int c = 0; c < contacts; c++) {
                builder.addAuthorityContacts(CONTACTS[(offset + c) % CONTACTS.length]);
            }
            builder.incomeAtStart(incomes(random));
            if (ended) {
                builder.incomeAtEnd(incomes(random));
            }
            builder.putSurvey("improved-life", 1 + random.nextInt(5));
        }
        return builder.build();
    }

    private static Set<IncomeSource> incomes(SplittableRandom random) {
        IncomeSource[] sources = IncomeSource.values();
        Set<IncomeSource> chosen = EnumSet.of(sources[random.nextInt(sources.length)]);
        if (random.nextInt(100) < 30) {
            chosen.add(sources[random.nextInt(sources.length)]);
        }
        return chosen;
    }

    /**
     * Writes a generated document: {@code GeneratedDocument FILE PARTICIPANTS}.
     *
     * @param args the file and the number of participants
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GeneratedDocument FILE PARTICIPANTS");
            System.exit(2);
        }
        Path path = writeIfAbsent(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println(path + " " + Files.size(path) + " bytes");
    }
}

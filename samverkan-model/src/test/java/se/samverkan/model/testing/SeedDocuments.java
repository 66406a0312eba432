package se.samverkan.model.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.Funding;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.budget.ImmutableBudget;
import se.samverkan.model.budget.StatedTotal;
import se.samverkan.model.goal.AgeBandTotal;
import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.BreakdownCell;
import se.samverkan.model.goal.GenderTotal;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.Indicator;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.money.Amount;
import se.samverkan.model.money.Share;
import se.samverkan.model.participant.EducationLevel;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.ImmutableParticipation;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Cohort;
import se.samverkan.model.project.Esf;
import se.samverkan.model.project.FundingShare;
import se.samverkan.model.project.ImmutableResource;
import se.samverkan.model.project.ImmutableResourceExtent;
import se.samverkan.model.project.ImmutableSurveyQuestion;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.project.PriorityGroup;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.ProjectKind;
import se.samverkan.model.project.Resource;
import se.samverkan.model.project.ResourceExtent;
import se.samverkan.model.project.SurveyQuestion;
import se.samverkan.model.project.TargetGroup;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.time.Period;

/**
 * The four worked examples of examples/data/README.md, built in code from the seed documents in
 * {@code shared/seeds/} (Swedish applications): Gemensamma taget Vuxna (Umeå, 2007), the
 * Kävlinge–Lomma process (2015), the Mysam Gävle förstudie (2021) and the ESF förstudie Gränsgångare
 * (2022).
 *
 * <p>Each document holds the parties, the financing förbund with its members, funding and keys, and the
 * project. People appear only by role title ("koordinator", "processledare"); the seeds' names, phone
 * numbers and e-mail addresses are never copied. Facts the seeds lack (populations, a förbund's yearly
 * funds, exact start days) are invented as plausible round numbers and marked "invented" where they are
 * set.
 *
 * <p>Every document breaks no field rule. The reporting-rule findings each one is meant to give are listed
 * on its method.
 */
public final class SeedDocuments {

    /** The id of the Gemensamma taget Vuxna project. */
    public static final String GEMENSAMMA_TAGET = "gemensamma-taget-vuxna";
    /** The id of the Kävlinge–Lomma process. */
    public static final String KAVLINGE_LOMMA = "kavlinge-lomma-process";
    /** The id of the Mysam Gävle förstudie. */
    public static final String MYSAM_GAVLE = "mysam-gavle-forstudie";
    /** The id of the förstudie Gränsgångare. */
    public static final String GRANSGANGARE = "gransgangare";

    /** The project period of Gemensamma taget Vuxna: March 2008 to February 2010. */
    public static final Period GEMENSAMMA_TAGET_PERIOD = Period.of(LocalDate.of(2008, 3, 1), LocalDate.of(2010, 2, 28));

    private static final String FK = "forsakringskassan";
    private static final String AF = "arbetsformedlingen";

    private SeedDocuments() {
    }

    /**
     * The four seed documents without participants, in the order of examples/data/README.md: Gemensamma taget
     * Vuxna, Kävlinge–Lomma, Mysam Gävle, Gränsgångare.
     *
     * @return the documents, never null
     */
    public static List<SamverkanDocument> all() {
        return List.of(gemensammaTagetVuxna(), kavlingeLommaProcess(), mysamGavleForstudie(), gransgangareEsf());
    }

    // ------------------------------------------------------------------ Gemensamma taget Vuxna

    /**
     * Gemensamma taget Vuxna (Umeå, application 2007-11-08; seed 003) without participants.
     *
     * <p>Owner Arbetsförmedlingen, financier Samordningsförbundet Umeå, partners Försäkringskassan,
     * Umeå kommun socialtjänsten, Viva kompetenscentrum (Umeå kommun) and psykiatrin (landstinget).
     * Budget lines per year give 1 198 000 / 1 365 000 / 192 000 = 2 755 000 SEK, stated as in the
     * application. Reporting rules should find: {@code BREAKDOWN_TOTAL_MISMATCH} (the studies table
     * prints 2 + 2 as 0 and 3 + 3 as 10: {@code /projects/0/goals/2/breakdown/columnTotals/0} and
     * {@code /1}), {@code COHORT_SEQUENCE} (group 13 has January 2009 dates) and
     * {@code BREAKDOWN_OUTSIDE_TARGET_AGE} (bands 18–30 and 31–64 against the target group 25–45).
     *
     * @return the document, never null
     */
    public static SamverkanDocument gemensammaTagetVuxna() {
        return gemensammaTagetDocument(List.of());
    }

    /**
     * Gemensamma taget Vuxna with {@code participants} synthetic participants, deterministic for a
     * seed. No personal data: ids {@code gtv-001}…, gender, birth year (ages 25–45 at start), about one
     * in seven anonymous. The first 104 (8 × 13) start with a cohort, on its first day; the rest start
     * without cohort in 2009. A participation lasts 60–420 days; one that would end after the project
     * has no end (ongoing) and no exit outcome. Non-anonymous participants have 2–4 authority contacts,
     * income sources and (when ended) yes/no answers to the three survey questions.
     *
     * @param participants how many participants, 0 or more
     * @param seed the random seed
     * @return the document, never null
     * @throws IllegalArgumentException if {@code participants} is negative
     */
    public static SamverkanDocument gemensammaTagetVuxna(int participants, long seed) {
        if (participants < 0) {
            throw new IllegalArgumentException("participants must not be negative");
        }
        Random random = new Random(seed);
        List<Cohort> cohorts = gemensammaTagetCohorts();
        List<Participant> list = new ArrayList<>(participants);
        for (int i = 0; i < participants; i++) {
            list.add(syntheticParticipant(i, random, cohorts));
        }
        return gemensammaTagetDocument(list);
    }

    private static SamverkanDocument gemensammaTagetDocument(List<Participant> participants) {
        String forbund = "samordningsforbundet-umea";
        String landsting = "vasterbottens-lans-landsting";
        String kommun = "umea-kommun";
        String soc = "umea-kommun.socialtjansten";
        String viva = "umea-kommun.viva";
        String psykiatrin = "vasterbottens-lans-landsting.psykiatrin";
        List<Party> parties = List.of(
            Party.builder().id(forbund).name("Samordningsförbundet Umeå").type(PartyType.COORDINATION_ASSOCIATION)
                .build(),
            Party.builder().id(FK).name("Försäkringskassan").type(PartyType.SOCIAL_INSURANCE_AGENCY).build(),
            Party.builder().id(AF).name("Arbetsförmedlingen").type(PartyType.PUBLIC_EMPLOYMENT_SERVICE).build(),
            // Population invented (round figure near the county's size in 2007).
            Party.builder().id(landsting).name("Västerbottens läns landsting").type(PartyType.REGION)
                .population(257_000L).build(),
            Party.builder().id(psykiatrin).name("Psykiatrin").type(PartyType.REGION).parent(landsting).build(),
            // Population invented (round figure near Umeå's size in 2007).
            Party.builder().id(kommun).name("Umeå kommun").type(PartyType.MUNICIPALITY).municipalityCode("2480")
                .population(112_000L).build(),
            Party.builder().id(soc).name("Umeå kommun, socialtjänsten").type(PartyType.MUNICIPALITY).parent(kommun)
                .build(),
            Party.builder().id(viva).name("Viva kompetenscentrum, Umeå kommun").type(PartyType.MUNICIPALITY)
                .parent(kommun).build());
        CoordinationAssociation association = CoordinationAssociation.builder().id(forbund)
            .addMembers(FK, AF, landsting, kommun)
            // Yearly funds invented: the seed gives none.
            .addFunding(funding(2008, 12_000_000), funding(2009, 12_000_000), funding(2010, 12_000_000))
            .build();

        List<SurveyQuestion> questions = List.of(
            yesNo("livssituation", "Upplever du att din livssituation har förbättrats av att delta i projektet?"),
            yesNo("kvalitet", "Upplever du att insatsen håller god kvalitet?"),
            yesNo("inflytande", "Har du kunnat påverka ditt eget deltagande i projektet?"));
        List<IntRange> bands = List.of(IntRange.of(18, 30), IntRange.of(31, 64));
        List<Goal> goals = List.of(
            Goal.builder().id("deltagare").title("Cirka 80–100 personer deltar under projekttiden")
                .indicator(Indicator.builder().type(IndicatorType.PARTICIPANTS_STARTED).build())
                .target(Target.between(BigDecimal.valueOf(80), BigDecimal.valueOf(100)))
                .breakdown(table(bands, 20, 30, 20, 30, 50, 50, 40, 60, 100)).build(),
            Goal.builder().id("arbete")
                .title("Minst 40 % finner, får och behåller ett arbete, med eller utan finansiellt stöd")
                .indicator(Indicator.builder().type(IndicatorType.EXIT_OUTCOME_SHARE)
                    .addOutcomes(ExitOutcome.EMPLOYMENT, ExitOutcome.SUBSIDISED_EMPLOYMENT).build())
                .target(Target.atLeast(BigDecimal.valueOf(40)))
                .breakdown(table(bands, 5, 15, 5, 15, 20, 20, 10, 30, 40)).build(),
            Goal.builder().id("studier").title("5 % går vidare till studier eller utbildning")
                .indicator(Indicator.builder().type(IndicatorType.EXIT_OUTCOME_SHARE).addOutcomes(ExitOutcome.STUDIES)
                    .build())
                .target(Target.atLeast(BigDecimal.valueOf(5)))
                // As printed in the application: the age-band totals say 0 (for 2 + 2) and 10 (for 3 + 3).
                .breakdown(table(bands, 2, 3, 2, 3, 5, 5, 0, 10, 10)).build(),
            surveyGoal("livssituation", "100 % upplever att livssituationen förbättrats"),
            surveyGoal("kvalitet", "100 % har upplevt att insatsen håller god kvalitet"),
            surveyGoal("inflytande", "100 % har upplevt sig kunna påverka sitt eget deltagande"));

        TargetGroup targetGroup = TargetGroup.builder()
            .description("Kvinnor och män 25–45 år med oklara förutsättningar som länge stått utanför "
                + "arbetsmarknaden och som är i kontakt med minst två av de deltagande myndigheterna")
            .ageRange(IntRange.of(25, 45))
            .addPriorityGroups(PriorityGroup.LONG_TERM_UNEMPLOYED)
            .minAuthorityContacts(2)
            .addMunicipalities(kommun)
            .estimatedSize(IntRange.of(200, 300))
            .plannedParticipants(IntRange.of(80, 100))
            .build();

        List<Resource> resources = List.of(
            // Styrgrupp: 7 days each over the whole project.
            resource(AF, "chef Arbetsförmedlingen (ordförande i styrgruppen)", days(7), AF),
            resource(soc, "chef socialtjänsten (styrgrupp)", days(7), soc),
            resource(viva, "chef Viva (styrgrupp)", days(7), viva),
            resource(FK, "chef Försäkringskassan (styrgrupp)", days(7), FK),
            resource(psykiatrin, "representant för psykiatrin (styrgrupp)", days(7), psykiatrin),
            // Rekryteringsgrupp: 34 days each over the whole project.
            resource(AF, "handläggare Arbetsförmedlingen (rekryteringsgrupp)", days(34), AF),
            resource(viva, "handläggare Viva (rekryteringsgrupp)", days(34), viva),
            resource(soc, "handläggare socialtjänsten (rekryteringsgrupp)", days(34), soc),
            // Operativ personal.
            resource(AF, "koordinator", fte("1.0"), forbund),
            resource(AF, "arbetsgivaransvarig handläggare", fte("1.0"), AF),
            ImmutableResource.builder().party(soc).role("handläggare basprogram").extent(fte("1.0"))
                .addFundedBy(FundingShare.of(soc, Share.parse("0.5")), FundingShare.of(forbund, Share.parse("0.5")))
                .build(),
            ImmutableResource.builder().party(viva).role("handläggare basprogram").extent(fte("1.0"))
                .addFundedBy(FundingShare.of(viva, Share.parse("0.5")), FundingShare.of(forbund, Share.parse("0.5")))
                .build(),
            // Rådgivande resurser: 2 hours every other week, 2 hours a week.
            resource(psykiatrin, "rådgivare psykiatrin", hoursPerWeek("1"), psykiatrin),
            resource(FK, "rådgivare Försäkringskassan", hoursPerWeek("2"), FK));

        Project project = Project.builder()
            .id(GEMENSAMMA_TAGET)
            .name("Gemensamma taget Vuxna")
            .kind(ProjectKind.PROJECT)
            .orientation(Orientation.INDIVIDUAL)
            .measurement(Measurement.PERSON_LEVEL)
            .owner(AF)
            .addFinanciers(forbund)
            .addPartners(FK, soc, viva, psykiatrin)
            .period(GEMENSAMMA_TAGET_PERIOD)
            .targetGroup(targetGroup)
            .goals(goals)
            .budget(gemensammaTagetBudget())
            .resources(resources)
            .cohorts(gemensammaTagetCohorts())
            .surveyQuestions(questions)
            .build();
        return SamverkanDocument.builder().parties(parties).addAssociations(association).addProjects(project)
            .participants(participants).build();
    }

    private static Budget gemensammaTagetBudget() {
        ImmutableBudget.Builder b = Budget.builder();
        threeYears(b, CostCategory.STAFF, "Koordinator", 438_000, 541_000, 93_000);
        threeYears(b, CostCategory.EXTERNAL_SERVICES, "Handläggare socialtjänsten (50 %)", 175_000, 217_000, 37_000);
        threeYears(b, CostCategory.EXTERNAL_SERVICES, "Handläggare Viva (50 %)", 175_000, 217_000, 37_000);
        threeYears(b, CostCategory.OTHER, "Kostnader för rekrytering", 10_000, 0, 0);
        threeYears(b, CostCategory.OTHER, "Kick-off dag", 25_000, 0, 0);
        threeYears(b, CostCategory.OTHER, "Teambuilding-aktiviteter", 15_000, 0, 0);
        threeYears(b, CostCategory.OTHER, "Kompetensutveckling personal", 40_000, 40_000, 0);
        threeYears(b, CostCategory.OTHER, "Handledning", 25_000, 25_000, 0);
        threeYears(b, CostCategory.PARTICIPANT_ACTIVITIES, "Aktiviteter/friskvård deltagare", 60_000, 85_000, 10_000);
        threeYears(b, CostCategory.PARTICIPANT_ACTIVITIES, "Rehabpott", 150_000, 150_000, 0);
        threeYears(b, CostCategory.TRAVEL, "Resor", 50_000, 50_000, 10_000);
        threeYears(b, CostCategory.OTHER, "Trycksaker/information", 10_000, 10_000, 0);
        threeYears(b, CostCategory.OTHER, "Övriga kostnader (förbrukning, fika m.m.)", 25_000, 30_000, 5_000);
        return b.addStatedTotals(
                StatedTotal.of(2008, Amount.ofKronor(1_198_000)),
                StatedTotal.of(2009, Amount.ofKronor(1_365_000)),
                StatedTotal.of(2010, Amount.ofKronor(192_000)))
            .statedGrandTotal(Amount.ofKronor(2_755_000))
            .build();
    }

    /** Adds one line per year 2008, 2009, 2010 with a non-zero amount, as the application's columns. */
    private static void threeYears(ImmutableBudget.Builder b, CostCategory category, String item, long... amounts) {
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] != 0) {
                b.addLines(BudgetLine.builder().year(2008 + i).category(category).item(item)
                    .amount(Amount.ofKronor(amounts[i])).build());
            }
        }
    }

    /** The 13 groups of the application's time plan; group 13 is listed under 2010 with January 2009 dates. */
    private static List<Cohort> gemensammaTagetCohorts() {
        String[][] dates = {
            {"2008-03-31", "2008-04-03"}, {"2008-04-14", "2008-05-16"}, {"2008-08-11", "2008-09-19"},
            {"2008-09-29", "2008-10-31"}, {"2008-11-10", "2008-12-12"}, {"2009-01-12", "2009-02-06"},
            {"2009-02-16", "2009-03-13"}, {"2009-03-23", "2009-04-24"}, {"2009-05-04", "2009-06-05"},
            {"2009-08-10", "2009-09-11"}, {"2009-09-21", "2009-10-23"}, {"2009-11-02", "2009-12-04"},
            {"2009-01-11", "2009-02-12"}};
        List<Cohort> cohorts = new ArrayList<>();
        for (int i = 0; i < dates.length; i++) {
            cohorts.add(Cohort.builder().id("grupp-" + (i + 1)).number(i + 1)
                .period(Period.of(LocalDate.parse(dates[i][0]), LocalDate.parse(dates[i][1])))
                .plannedSize(IntRange.of(6, 8)).build());
        }
        return List.copyOf(cohorts);
    }

    private static Breakdown table(List<IntRange> bands, int women0, int women1, int men0, int men1, int womenTotal,
        int menTotal, int band0Total, int band1Total, int total) {
        return Breakdown.builder().ageBands(bands)
            .addCells(BreakdownCell.of(Gender.MAN, 0, men0), BreakdownCell.of(Gender.WOMAN, 0, women0),
                BreakdownCell.of(Gender.MAN, 1, men1), BreakdownCell.of(Gender.WOMAN, 1, women1))
            .addRowTotals(GenderTotal.of(Gender.MAN, menTotal), GenderTotal.of(Gender.WOMAN, womenTotal))
            .addColumnTotals(AgeBandTotal.of(0, band0Total), AgeBandTotal.of(1, band1Total))
            .total(total)
            .build();
    }

    private static Goal surveyGoal(String question, String title) {
        return Goal.builder().id(question).title(title)
            .indicator(Indicator.builder().type(IndicatorType.SURVEY_SHARE).question(question).threshold(1).build())
            .target(Target.atLeast(BigDecimal.valueOf(100)))
            .build();
    }

    private static SurveyQuestion yesNo(String id, String text) {
        return ImmutableSurveyQuestion.builder().id(id).text(text).min(0).max(1).build();
    }

    private static final ExitOutcome[] OUTCOMES = {
        ExitOutcome.EMPLOYMENT, ExitOutcome.EMPLOYMENT, ExitOutcome.EMPLOYMENT, ExitOutcome.EMPLOYMENT,
        ExitOutcome.EMPLOYMENT, ExitOutcome.SUBSIDISED_EMPLOYMENT, ExitOutcome.SUBSIDISED_EMPLOYMENT,
        ExitOutcome.SUBSIDISED_EMPLOYMENT, ExitOutcome.STUDIES, ExitOutcome.JOB_SEEKING, ExitOutcome.JOB_SEEKING,
        ExitOutcome.JOB_SEEKING, ExitOutcome.OTHER_SUPPORT, ExitOutcome.OTHER_SUPPORT, ExitOutcome.OTHER_SUPPORT,
        ExitOutcome.OTHER_SUPPORT, ExitOutcome.HEALTH_CARE, ExitOutcome.HEALTH_CARE, ExitOutcome.DISCONTINUED,
        ExitOutcome.MOVED, ExitOutcome.OTHER, ExitOutcome.ERRONEOUS_REGISTRATION};
    private static final IncomeSource[] SUPPORT_AT_START = {
        IncomeSource.SOCIAL_ASSISTANCE, IncomeSource.SOCIAL_ASSISTANCE, IncomeSource.ACTIVITY_SUPPORT,
        IncomeSource.SICKNESS_BENEFIT, IncomeSource.ACTIVITY_COMPENSATION, IncomeSource.UNEMPLOYMENT_INSURANCE,
        IncomeSource.NO_INCOME};
    private static final List<PartyType> AUTHORITIES = List.of(PartyType.PUBLIC_EMPLOYMENT_SERVICE,
        PartyType.MUNICIPALITY, PartyType.SOCIAL_INSURANCE_AGENCY, PartyType.REGION);

    private static Participant syntheticParticipant(int index, Random random, List<Cohort> cohorts) {
        boolean anonymous = random.nextInt(7) == 0;
        int g = random.nextInt(50);
        Gender gender = g < 24 ? Gender.WOMAN : g < 48 ? Gender.MAN : g == 48 ? Gender.NON_BINARY : Gender.UNSPECIFIED;
        LocalDate start;
        String cohort = null;
        if (index < 8 * cohorts.size()) {
            Cohort c = cohorts.get(index % cohorts.size());
            cohort = c.getId();
            start = c.getPeriod().getStart();
        } else {
            start = LocalDate.of(2009, 1, 1).plusDays(random.nextInt(365));
        }
        int age = 25 + random.nextInt(21);
        LocalDate end = start.plusDays(60 + random.nextInt(361));
        boolean ended = !end.isAfter(GEMENSAMMA_TAGET_PERIOD.getEnd());
        ExitOutcome outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
        ImmutableParticipation.Builder p = Participation.builder().project(GEMENSAMMA_TAGET).start(start).cohort(cohort);
        if (ended) {
            p.end(end).exitOutcome(outcome);
        }
        if (!anonymous) {
            List<PartyType> contacts = new ArrayList<>(AUTHORITIES);
            java.util.Collections.shuffle(contacts, random);
            p.authorityContacts(contacts.subList(0, 2 + random.nextInt(3)));
            Set<IncomeSource> atStart = EnumSet.of(SUPPORT_AT_START[random.nextInt(SUPPORT_AT_START.length)]);
            if (random.nextInt(4) == 0) {
                atStart.add(SUPPORT_AT_START[random.nextInt(SUPPORT_AT_START.length)]);
            }
            p.incomeAtStart(atStart);
            if (ended) {
                p.incomeAtEnd(EnumSet.of(incomeAfter(outcome, atStart)));
                p.putSurvey("livssituation", random.nextInt(10) < 8 ? 1 : 0);
                p.putSurvey("kvalitet", random.nextInt(10) < 9 ? 1 : 0);
                p.putSurvey("inflytande", random.nextInt(10) < 8 ? 1 : 0);
            }
        }
        EducationLevel[] levels = EducationLevel.values();
        return Participant.builder()
            .id(String.format("gtv-%03d", index + 1))
            .anonymous(anonymous)
            .gender(gender)
            .birthYear(start.getYear() - age)
            .educationLevel(anonymous ? null : levels[random.nextInt(levels.length)])
            .addParticipations(p.build())
            .build();
    }

    private static IncomeSource incomeAfter(ExitOutcome outcome, Set<IncomeSource> atStart) {
        switch (outcome) {
            case EMPLOYMENT:
                return IncomeSource.EMPLOYMENT;
            case SUBSIDISED_EMPLOYMENT:
                return IncomeSource.SUBSIDISED_EMPLOYMENT;
            case STUDIES:
                return IncomeSource.STUDENT_FINANCE;
            default:
                return atStart.iterator().next();
        }
    }

    // ------------------------------------------------------------------ Kävlinge–Lomma

    /**
     * The Kävlinge–Lomma process (application 2015-05-20; seed 001): a three-year structural process
     * with a 1.0 FTE process leader (about 700 000 SEK a year) and 10 000 SEK travel a year = 710 000 a
     * year, 2 130 000 over three years before indexation; premises and overhead paid in kind by
     * Arbetsförmedlingen, the owner. Target group 18–64, resident in Kävlinge or Lomma, in contact with
     * two or more authorities.
     *
     * <p>The application proposes a start in autumn 2015 after at least three months' start-up; the
     * three process years are set to 2016–2018 (invented days) so that budget years are calendar years.
     * Reporting rules should find nothing.
     *
     * @return the document, never null
     */
    public static SamverkanDocument kavlingeLommaProcess() {
        String forbund = "finsam-kavlinge-lomma";
        String region = "region-skane";
        String kavlinge = "kavlinge-kommun";
        String lomma = "lomma-kommun";
        List<Party> parties = List.of(
            Party.builder().id(forbund).name("Samordningsförbundet Finsam Kävlinge Lomma")
                .type(PartyType.COORDINATION_ASSOCIATION).build(),
            Party.builder().id(FK).name("Försäkringskassan").type(PartyType.SOCIAL_INSURANCE_AGENCY).build(),
            Party.builder().id(AF).name("Arbetsförmedlingen").type(PartyType.PUBLIC_EMPLOYMENT_SERVICE).build(),
            // Populations invented (round figures).
            Party.builder().id(region).name("Region Skåne").type(PartyType.REGION).population(1_300_000L).build(),
            Party.builder().id(kavlinge).name("Kävlinge kommun").type(PartyType.MUNICIPALITY).municipalityCode("1261")
                .population(30_000L).build(),
            Party.builder().id(lomma).name("Lomma kommun").type(PartyType.MUNICIPALITY).municipalityCode("1262")
                .population(23_000L).build());
        CoordinationAssociation association = CoordinationAssociation.builder().id(forbund)
            .addMembers(FK, AF, region, kavlinge, lomma)
            // Yearly funds invented: the seed gives none.
            .addFunding(funding(2016, 4_000_000), funding(2017, 4_000_000), funding(2018, 4_000_000))
            .build();
        ImmutableBudget.Builder budget = Budget.builder();
        for (int year = 2016; year <= 2018; year++) {
            budget.addLines(
                BudgetLine.builder().year(year).category(CostCategory.STAFF).item("Processledare 1,0 tjänst")
                    .amount(Amount.ofKronor(700_000)).build(),
                BudgetLine.builder().year(year).category(CostCategory.TRAVEL).item("Resor")
                    .amount(Amount.ofKronor(10_000)).build());
            budget.addStatedTotals(StatedTotal.of(year, Amount.ofKronor(710_000)));
        }
        budget.statedGrandTotal(Amount.ofKronor(2_130_000));
        Project project = Project.builder()
            .id(KAVLINGE_LOMMA)
            .name("Samverkansprocess Kävlinge–Lomma")
            .kind(ProjectKind.PROCESS)
            .orientation(Orientation.STRUCTURAL)
            .measurement(Measurement.COUNT_ONLY)
            .owner(AF)
            .addFinanciers(forbund)
            .addPartners(FK, kavlinge, lomma, region)
            .period(Period.of(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 12, 31)))
            .targetGroup(TargetGroup.builder()
                .description("Personer i arbetsför ålder 18–64 år, boende i Lomma eller Kävlinge kommun, som har "
                    + "kontakt med två eller flera samhällsaktörer; särskilt fokus på den yngre delen av målgruppen")
                .ageRange(IntRange.of(18, 64))
                .addPriorityGroups(PriorityGroup.YOUTH_NOT_IN_EMPLOYMENT_OR_EDUCATION, PriorityGroup.NEWLY_ARRIVED)
                .minAuthorityContacts(2)
                .addMunicipalities(kavlinge, lomma)
                .build())
            .addGoals(Goal.builder().id("aktivitetsplan")
                .title("Processledaren tar fram en aktivitetsplan med kvantitativa mål i samråd med styrgruppen")
                .indicator(Indicator.builder().type(IndicatorType.REPORTED).build())
                .target(Target.atLeast(BigDecimal.ONE))
                .build())
            .budget(budget.build())
            .addResources(
                ImmutableResource.builder().party(AF).role("processledare").extent(fte("1.0"))
                    .addFundedBy(FundingShare.of(forbund, Share.ONE)).annualCost(Amount.ofKronor(700_000)).build(),
                // Premises and overhead in kind: modelled as a resource of the owner for the one post it houses.
                ImmutableResource.builder().party(AF).role("lokaler och overheadkostnader för processledaren")
                    .extent(fte("1.0")).addFundedBy(FundingShare.of(AF, Share.ONE)).build())
            .build();
        return SamverkanDocument.builder().parties(parties).addAssociations(association).addProjects(project).build();
    }

    // ------------------------------------------------------------------ Mysam Gävle

    /**
     * The Mysam Gävle förstudie (2021-10-01 – 2021-12-31; seeds 000 and 002): a structural pre-study owned
     * by Gävle kommun (Välfärd Gävle, kontor Förebyggande och kompetens), financed by Samordningsförbund
     * Gävleborg, with Region Gävleborg, Arbetsförmedlingen and Försäkringskassan; the target group is
     * managers; the goal is a reported deliverable (a finished project plan and an application for funds),
     * not yet reported. No budget is given in the seed. The förbund's members are cut to those of the
     * seed (the real förbund has all the county's municipalities). Reporting rules should find nothing.
     *
     * @return the document, never null
     */
    public static SamverkanDocument mysamGavleForstudie() {
        String forbund = "samordningsforbund-gavleborg";
        String region = "region-gavleborg";
        String gavle = "gavle-kommun";
        String valfard = "gavle-kommun.valfard";
        List<Party> parties = List.of(
            Party.builder().id(forbund).name("Samordningsförbund Gävleborg").type(PartyType.COORDINATION_ASSOCIATION)
                .build(),
            Party.builder().id(FK).name("Försäkringskassan").type(PartyType.SOCIAL_INSURANCE_AGENCY).build(),
            Party.builder().id(AF).name("Arbetsförmedlingen").type(PartyType.PUBLIC_EMPLOYMENT_SERVICE).build(),
            // Populations invented (round figures).
            Party.builder().id(region).name("Region Gävleborg").type(PartyType.REGION).population(287_000L).build(),
            Party.builder().id(gavle).name("Gävle kommun").type(PartyType.MUNICIPALITY).municipalityCode("2180")
                .population(102_000L).build(),
            Party.builder().id(valfard).name("Välfärd Gävle, kontor Förebyggande och kompetens")
                .type(PartyType.MUNICIPALITY).parent(gavle).build());
        CoordinationAssociation association = CoordinationAssociation.builder().id(forbund)
            .addMembers(FK, AF, region, gavle)
            // Yearly funds invented: the seed gives none.
            .addFunding(funding(2021, 20_000_000))
            .build();
        Project project = Project.builder()
            .id(MYSAM_GAVLE)
            .name("Förstudie – Mysam Gävle, initiativ för att minska glappen mellan myndigheter")
            .kind(ProjectKind.PRE_STUDY)
            .orientation(Orientation.STRUCTURAL)
            .measurement(Measurement.COUNT_ONLY)
            .owner(valfard)
            .addFinanciers(forbund)
            .addPartners(region, AF, FK)
            .period(Period.of(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 12, 31)))
            .targetGroup(TargetGroup.builder()
                .description("Chefer och beslutsfattare hos ingående parter: Arbetsförmedlingen, Försäkringskassan, "
                    + "Region Gävleborg och Gävle kommun")
                // The seed gives no ages for managers; working age as the förbund's mission states it.
                .ageRange(IntRange.of(16, 64))
                .addPriorityGroups(PriorityGroup.MENTAL_ILL_HEALTH)
                .build())
            .addGoals(Goal.builder().id("projektplan")
                .title("En fullständig projektplan samt ansökan om samverkansmedel från Samordningsförbundet")
                .indicator(Indicator.builder().type(IndicatorType.REPORTED).build())
                .target(Target.atLeast(BigDecimal.ONE))
                .build())
            .addResources(ImmutableResource.builder().party(valfard).role("processledare (insatsledare)")
                // The extent is not given in the seed: the whole of the three months is assumed (invented).
                .extent(fte("1.0")).addFundedBy(FundingShare.of(forbund, Share.ONE)).build())
            .build();
        return SamverkanDocument.builder().parties(parties).addAssociations(association).addProjects(project).build();
    }

    // ------------------------------------------------------------------ Gränsgångare

    /**
     * The ESF-financed förstudie Gränsgångare (case 2022/00116, 2022-04-01 – 2022-11-30; seed 004):
     * owner Samordningsförbund Älv och Kust together with five other förbund; total budget 399 909,
     * granted ESF support 399 909, union co-financing rate 50 % (union part 199 954.50). Programme area
     * 2, specific objective 2.1, intervention type 102. The budget is one line for the whole ESF budget,
     * financed by ESF-rådet.
     *
     * <p>Älv och Kust's members (Försäkringskassan, Arbetsförmedlingen, Västra Götalandsregionen and the
     * municipalities Ale, Kungälv, Stenungsund and Tjörn) are added with invented populations and funds.
     * Reporting rules find no {@code PROJECT_TOO_FEW_PARTIES}: a förbund counts as its members' types
     * (Älv och Kust's) or, when the document does not hold it, as all four.
     *
     * @return the document, never null
     */
    public static SamverkanDocument gransgangareEsf() {
        String owner = "samordningsforbund-alv-och-kust";
        String esf = "esf-radet";
        String region = "vastra-gotalandsregionen";
        List<String> otherForbund = List.of("finsam-goteborg", "samordningsforbundet-vast", "samordningsforbundet-badesa",
            "samordningsforbundet-halland", "samordningsforbundet-sodra-vanern");
        List<String> otherNames = List.of("FINSAM Göteborg", "Samordningsförbundet Väst", "Samordningsförbundet Bådeså",
            "Samordningsförbundet Halland", "Samordningsförbundet Södra Vänern");
        List<Party> parties = new ArrayList<>(List.of(
            Party.builder().id(owner).name("Samordningsförbund Älv och Kust").type(PartyType.COORDINATION_ASSOCIATION)
                .build(),
            Party.builder().id(esf).name("Svenska ESF-rådet").type(PartyType.EU_FUND).build(),
            Party.builder().id(FK).name("Försäkringskassan").type(PartyType.SOCIAL_INSURANCE_AGENCY).build(),
            Party.builder().id(AF).name("Arbetsförmedlingen").type(PartyType.PUBLIC_EMPLOYMENT_SERVICE).build(),
            // Populations invented (round figures).
            Party.builder().id(region).name("Västra Götalandsregionen").type(PartyType.REGION).population(1_700_000L)
                .build(),
            Party.builder().id("ale-kommun").name("Ale kommun").type(PartyType.MUNICIPALITY).municipalityCode("1440")
                .population(32_000L).build(),
            Party.builder().id("kungalvs-kommun").name("Kungälvs kommun").type(PartyType.MUNICIPALITY)
                .municipalityCode("1482").population(47_000L).build(),
            Party.builder().id("stenungsunds-kommun").name("Stenungsunds kommun").type(PartyType.MUNICIPALITY)
                .municipalityCode("1415").population(27_000L).build(),
            Party.builder().id("tjorns-kommun").name("Tjörns kommun").type(PartyType.MUNICIPALITY)
                .municipalityCode("1419").population(16_000L).build()));
        for (int i = 0; i < otherForbund.size(); i++) {
            parties.add(Party.builder().id(otherForbund.get(i)).name(otherNames.get(i))
                .type(PartyType.COORDINATION_ASSOCIATION).build());
        }
        CoordinationAssociation association = CoordinationAssociation.builder().id(owner)
            .addMembers(FK, AF, region, "ale-kommun", "kungalvs-kommun", "stenungsunds-kommun", "tjorns-kommun")
            // Yearly funds invented: the seed gives none.
            .addFunding(funding(2022, 16_000_000))
            .build();
        Esf metadata = Esf.builder()
            .caseNumber("2022/00116")
            .programmeArea("2")
            .specificObjective("2.1")
            .interventionType("102")
            .unionCoFinancingRate(new BigDecimal("0.50"))
            .grantedSupport(Amount.ofKronor(399_909))
            .totalBudget(Amount.ofKronor(399_909))
            .build();
        Project project = Project.builder()
            .id(GRANSGANGARE)
            .name("Förstudien Gränsgångare")
            .reference("2022/00116")
            .kind(ProjectKind.PRE_STUDY)
            .orientation(Orientation.STRUCTURAL)
            .measurement(Measurement.COUNT_ONLY)
            .owner(owner)
            .addFinanciers(esf)
            .partners(otherForbund)
            .period(Period.of(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 11, 30)))
            .targetGroup(TargetGroup.builder()
                .description("Individer i behov av samordnat stöd som saknar förankring på arbetsmarknaden och riskerar "
                    + "att falla mellan organisatoriska gränser")
                .ageRange(IntRange.of(16, 64))
                .addPriorityGroups(PriorityGroup.OTHER)
                .build())
            .addGoals(Goal.builder().id("forstudierapport")
                .title("Identifiera hur gränsgångare kan ge stöd till fler individer inför en kommande ESF-utlysning")
                .indicator(Indicator.builder().type(IndicatorType.REPORTED).build())
                .target(Target.atLeast(BigDecimal.ONE))
                .build())
            .budget(Budget.builder()
                .addLines(BudgetLine.builder().year(2022).category(CostCategory.OTHER).item("Total projektbudget")
                    .amount(Amount.ofKronor(399_909)).build())
                .statedGrandTotal(Amount.ofKronor(399_909))
                .build())
            .esf(metadata)
            .build();
        return SamverkanDocument.builder().parties(parties).addAssociations(association).addProjects(project).build();
    }

    // ------------------------------------------------------------------ helpers

    private static Funding funding(int year, long kronor) {
        return Funding.builder().year(year).total(Amount.ofKronor(kronor)).build();
    }

    private static Resource resource(String party, String role, ResourceExtent extent, String funder) {
        return ImmutableResource.builder().party(party).role(role).extent(extent)
            .addFundedBy(FundingShare.of(funder, Share.ONE)).build();
    }

    private static ResourceExtent fte(String value) {
        return ResourceExtent.ofFte(new BigDecimal(value));
    }

    private static ResourceExtent days(int value) {
        return ImmutableResourceExtent.builder().days(BigDecimal.valueOf(value)).build();
    }

    private static ResourceExtent hoursPerWeek(String value) {
        return ImmutableResourceExtent.builder().hoursPerWeek(new BigDecimal(value)).build();
    }
}

package se.samverkan.model.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.association.Funding;
import se.samverkan.model.association.ImmutableCoordinationAssociation;
import se.samverkan.model.association.ImmutableCostKey;
import se.samverkan.model.association.ImmutableFunding;
import se.samverkan.model.association.KeyMethod;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.budget.ImmutableBudget;
import se.samverkan.model.budget.ImmutableBudgetLine;
import se.samverkan.model.budget.StatedTotal;
import se.samverkan.model.goal.AgeBandTotal;
import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.BreakdownCell;
import se.samverkan.model.goal.GenderTotal;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.ImmutableBreakdown;
import se.samverkan.model.goal.ImmutableGoal;
import se.samverkan.model.goal.ImmutableIndicator;
import se.samverkan.model.goal.ImmutableTarget;
import se.samverkan.model.goal.Indicator;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.goal.TargetComparator;
import se.samverkan.model.money.Amount;
import se.samverkan.model.money.Share;
import se.samverkan.model.participant.EducationLevel;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.ImmutableParticipant;
import se.samverkan.model.participant.ImmutableParticipation;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.ImmutableParty;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Cohort;
import se.samverkan.model.project.Esf;
import se.samverkan.model.project.FundingShare;
import se.samverkan.model.project.ImmutableCohort;
import se.samverkan.model.project.ImmutableEsf;
import se.samverkan.model.project.ImmutableParticipantCount;
import se.samverkan.model.project.ImmutableProject;
import se.samverkan.model.project.ImmutableResource;
import se.samverkan.model.project.ImmutableResourceExtent;
import se.samverkan.model.project.ImmutableSurveyQuestion;
import se.samverkan.model.project.ImmutableTargetGroup;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.project.ParticipantCount;
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
 * jqwik arbitraries for every type of the samverkan model, in two flavours.
 *
 * <ul>
 *   <li>{@code valid…()}: objects that break no field rule (docs/problems.md): ids of the right form,
 *       ordered periods and ranges, shares summing to exactly 1 (from a few fixed splits), anonymous
 *       participants without personal data, exit outcomes only with an end, targets in scale, expected
 *       tables with consistent totals, amounts far inside the bounds. {@link #validDocuments()} also
 *       keeps the cross-object references consistent (participations name projects and cohorts of the
 *       document, every referenced party exists, survey answers lie in their question's scale, stated
 *       budget and table totals equal their sums, each förbund has all four kinds of member with a
 *       population), so the JSON and reporting-rule modules can reuse it: such a document is designed to
 *       give no ERROR finding of docs/problems.md (warnings may occur: a cohort over its planned size, or an
 *       age outside the target group in a participant's second project).</li>
 *   <li>{@code any…()}: objects that may break any field rule (but always build: mandatory fields are
 *       present and {@link Amount}s lie within their bounds), for "validation never throws".</li>
 * </ul>
 *
 * <p>Sizes are small by default (a few projects, up to about 20 participants);
 * {@link #validDocuments(int, int)} asks for more.
 */
public final class ModelArbitraries {

    private static final String ID_FIRST = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ID_REST = ID_FIRST + "._-";
    private static final String TEXT_CHARS =
        "abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789 -,.:/()%é\"'\\&<>";
    private static final List<String> TRICKY_TEXTS = List.of("Ångest & oro <i>", "Rad ett\nrad två",
        "Tabb\tsteg", "Glad 😀 deltagare", "Citat \"så\" och \\ snedstreck", "Ü", "x");
    /** The largest amount in öre that a document may state (13 integer digits). */
    private static final long MAX_ORE = 999_999_999_999_999L;
    /** The largest amount in öre that {@link #anyAmounts()} generates (11 integer digits). */
    private static final long ANY_MAX_ORE = 9_999_999_999_999L;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2030, 12, 31);
    private static final List<PartyType> MEMBER_TYPES = List.of(PartyType.SOCIAL_INSURANCE_AGENCY,
        PartyType.PUBLIC_EMPLOYMENT_SERVICE, PartyType.REGION, PartyType.MUNICIPALITY);

    private ModelArbitraries() {
    }

    // ------------------------------------------------------------------ scalars

    /** Ids of the right form: 1–16 characters {@code [a-z0-9][a-z0-9._-]*}. */
    public static Arbitrary<String> validIds() {
        return Combinators.combine(Arbitraries.of(ID_FIRST.toCharArray()),
                Arbitraries.strings().withChars(ID_REST).ofMaxLength(15))
            .as((first, rest) -> first + rest);
    }

    /** Ids that may break the id rule: empty, too long, upper case, spaces, non-ASCII, or valid. */
    public static Arbitrary<String> anyIds() {
        return Arbitraries.oneOf(validIds(),
            Arbitraries.strings().ofMaxLength(70),
            Arbitraries.of("", "A", "a b", "-start", ".x", "ö", "x".repeat(65), "a/b", "a~b"));
    }

    /**
     * Non-blank texts of at most {@code max} (and at most 40) characters: Swedish letters, digits and
     * characters that JSON and HTML must escape, and now and then a fixed text with a tab, a line break,
     * an emoji (a surrogate pair) or quotes.
     */
    public static Arbitrary<String> validTexts(int max) {
        Arbitrary<String> generated = Combinators.combine(Arbitraries.strings().alpha().withChars("åäöÅÄÖ").ofLength(1),
                Arbitraries.strings().withChars(TEXT_CHARS).ofMaxLength(Math.min(max, 40) - 1))
            .as((first, rest) -> first + rest);
        List<String> tricky = TRICKY_TEXTS.stream().filter(t -> t.length() <= max).collect(Collectors.toList());
        return tricky.isEmpty() ? generated
            : Arbitraries.frequencyOf(Tuple.of(9, generated), Tuple.of(1, Arbitraries.of(tricky)));
    }

    /** Texts that may be blank or longer than {@code max}. */
    public static Arbitrary<String> anyTexts(int max) {
        return Arbitraries.oneOf(validTexts(max), Arbitraries.strings().ofMaxLength(30),
            Arbitraries.of("", " ", "\t\n", "x".repeat(max + 1)));
    }

    /** Non-negative amounts up to 10 000 000 kronor (so that sums of many stay far inside the bounds). */
    public static Arbitrary<Amount> validAmounts() {
        return Arbitraries.longs().between(0, 1_000_000_000L).map(Amount::ofOre);
    }

    /**
     * Amounts that may be negative, with up to 11 integer digits (±99 999 999 999.99), so that sums of up
     * to a hundred of them stay within {@link Amount}'s bounds; the {@code any…()} generators use these.
     */
    public static Arbitrary<Amount> anyAmounts() {
        return Arbitraries.oneOf(validAmounts(),
            Arbitraries.longs().between(-ANY_MAX_ORE, ANY_MAX_ORE).map(Amount::ofOre));
    }

    /** Amounts anywhere within the bound on stated amounts (13 integer digits), the extremes included. */
    public static Arbitrary<Amount> extremeAmounts() {
        return Arbitraries.oneOf(anyAmounts(), Arbitraries.longs().between(-MAX_ORE, MAX_ORE).map(Amount::ofOre),
            Arbitraries.of(MAX_ORE, -MAX_ORE, MAX_ORE - 1, 1L, -1L).map(Amount::ofOre));
    }

    /** Shares 0–1 with at most four decimals. */
    public static Arbitrary<Share> shares() {
        return Arbitraries.integers().between(0, 10_000).map(i -> Share.of(BigDecimal.valueOf(i, 4)));
    }

    /**
     * Fixed splits of the whole into {@code parts} shares that sum to exactly 1: 1; 0.5/0.5 or
     * 0.25/0.75; 0.25/0.25/0.5; 0.25×4; and for more parts 0.01 each plus the rest.
     */
    public static Arbitrary<List<Share>> shareSplits(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1");
        }
        switch (parts) {
            case 1:
                return Arbitraries.just(List.of(Share.ONE));
            case 2:
                return Arbitraries.of(shares("0.5", "0.5"), shares("0.25", "0.75"), shares("0.75", "0.25"));
            case 3:
                return Arbitraries.of(shares("0.25", "0.25", "0.5"), shares("0.5", "0.25", "0.25"));
            case 4:
                return Arbitraries.just(shares("0.25", "0.25", "0.25", "0.25"));
            default:
                List<Share> split = new ArrayList<>(Collections.nCopies(parts - 1, Share.parse("0.01")));
                split.add(Share.of(BigDecimal.ONE.subtract(BigDecimal.valueOf(parts - 1, 2))));
                return Arbitraries.just(List.copyOf(split));
        }
    }

    private static List<Share> shares(String... values) {
        return Arrays.stream(values).map(Share::parse).collect(Collectors.toUnmodifiableList());
    }

    /** Dates 2000-01-01 – 2030-12-31. */
    public static Arbitrary<LocalDate> dates() {
        return datesBetween(EARLIEST, LATEST);
    }

    /** Dates from {@code first} to {@code last}, both inclusive. */
    public static Arbitrary<LocalDate> datesBetween(LocalDate first, LocalDate last) {
        return Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    // ------------------------------------------------------------------ time and ranges

    /** Ordered periods of 1 day to about 4 years within 2000–2030. */
    public static Arbitrary<Period> validPeriods() {
        return Combinators.combine(dates(), Arbitraries.integers().between(0, 1500))
            .as((start, days) -> Period.of(start, start.plusDays(days)));
    }

    /** Ordered periods inside {@code outer}. */
    public static Arbitrary<Period> validPeriodsWithin(Period outer) {
        return datesBetween(outer.getStart(), outer.getEnd())
            .flatMap(start -> datesBetween(start, outer.getEnd()).map(end -> Period.of(start, end)));
    }

    /** Periods whose end may lie before their start. */
    public static Arbitrary<Period> anyPeriods() {
        return Arbitraries.oneOf(validPeriods(), Combinators.combine(dates(), dates()).as(Period::of));
    }

    /** Ordered ranges within {@code lowest}..{@code highest}. */
    public static Arbitrary<IntRange> validIntRanges(int lowest, int highest) {
        return Arbitraries.integers().between(lowest, highest)
            .flatMap(min -> Arbitraries.integers().between(min, highest).map(max -> IntRange.of(min, max)));
    }

    /** Ranges that may be disordered or outside any sensible bound. */
    public static Arbitrary<IntRange> anyIntRanges() {
        return Combinators.combine(Arbitraries.integers().between(-10, 200), Arbitraries.integers().between(-10, 200))
            .as(IntRange::of);
    }

    // ------------------------------------------------------------------ parties and förbund

    /** Organisation numbers {@code NNNNNN-NNNN} with a correct Luhn check digit. */
    public static Arbitrary<String> organisationNumbers() {
        return Arbitraries.strings().numeric().ofLength(9).map(nine -> {
            String digits = nine + luhn(nine);
            return digits.substring(0, 6) + "-" + digits.substring(6);
        });
    }

    private static int luhn(String nine) {
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int weighted = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        return (10 - sum % 10) % 10;
    }

    /** Four-digit municipality codes. */
    public static Arbitrary<String> municipalityCodes() {
        return Arbitraries.strings().numeric().ofLength(4);
    }

    /** Valid parties of any type, with or without parent, organisation number, code and population. */
    public static Arbitrary<Party> validParties() {
        return Builders.withBuilder(ImmutableParty::builder)
            .use(validIds()).in(ImmutableParty.Builder::id)
            .use(validTexts(300)).in(ImmutableParty.Builder::name)
            .use(Arbitraries.of(PartyType.class)).in(ImmutableParty.Builder::type)
            .use(validIds()).withProbability(0.3).in(ImmutableParty.Builder::parent)
            .use(organisationNumbers()).withProbability(0.5).in(ImmutableParty.Builder::organisationNumber)
            .use(municipalityCodes()).withProbability(0.3).in(ImmutableParty.Builder::municipalityCode)
            .use(Arbitraries.longs().between(0, 2_500_000)).withProbability(0.5).in(ImmutableParty.Builder::population)
            .build(ImmutableParty.Builder::build);
    }

    /** Parties that may break field rules (bad ids, names, numbers, codes, negative population). */
    public static Arbitrary<Party> anyParties() {
        return Builders.withBuilder(ImmutableParty::builder)
            .use(anyIds()).in(ImmutableParty.Builder::id)
            .use(anyTexts(300)).in(ImmutableParty.Builder::name)
            .use(Arbitraries.of(PartyType.class)).in(ImmutableParty.Builder::type)
            .use(anyIds()).withProbability(0.3).in(ImmutableParty.Builder::parent)
            .use(Arbitraries.oneOf(organisationNumbers(), Arbitraries.strings().withChars("0123456789-x").ofMaxLength(12)))
            .withProbability(0.5).in(ImmutableParty.Builder::organisationNumber)
            .use(Arbitraries.strings().withChars("0123456789a").ofMaxLength(5)).withProbability(0.3)
            .in(ImmutableParty.Builder::municipalityCode)
            .use(Arbitraries.longs().between(-1000, 2_500_000)).withProbability(0.5).in(ImmutableParty.Builder::population)
            .build(ImmutableParty.Builder::build);
    }

    /** Valid funding years 2000–2030. */
    public static Arbitrary<Funding> validFundings() {
        return Builders.withBuilder(ImmutableFunding::builder)
            .use(Arbitraries.integers().between(2000, 2030)).in(ImmutableFunding.Builder::year)
            .use(validAmounts()).in(ImmutableFunding.Builder::total)
            .use(Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L).map(Amount::ofOre)).withProbability(0.5)
            .in(ImmutableFunding.Builder::equity)
            .use(validAmounts()).withProbability(0.5).in(ImmutableFunding.Builder::administrationBudget)
            .use(validAmounts()).withProbability(0.5).in(ImmutableFunding.Builder::administrationOutcome)
            .build(ImmutableFunding.Builder::build);
    }

    /** Funding years that may have a year out of range or negative amounts. */
    public static Arbitrary<Funding> anyFundings() {
        return Builders.withBuilder(ImmutableFunding::builder)
            .use(Arbitraries.integers().between(1900, 2200)).in(ImmutableFunding.Builder::year)
            .use(anyAmounts()).in(ImmutableFunding.Builder::total)
            .use(anyAmounts()).withProbability(0.5).in(ImmutableFunding.Builder::equity)
            .use(anyAmounts()).withProbability(0.5).in(ImmutableFunding.Builder::administrationBudget)
            .use(anyAmounts()).withProbability(0.5).in(ImmutableFunding.Builder::administrationOutcome)
            .build(ImmutableFunding.Builder::build);
    }

    /** Valid keys: the population key, or an agreed key over 1–4 generated member ids. */
    public static Arbitrary<CostKey> validCostKeys() {
        return Arbitraries.oneOf(Arbitraries.just(CostKey.population()),
            validIds().list().uniqueElements().ofMinSize(1).ofMaxSize(4).flatMap(ModelArbitraries::agreedKey));
    }

    /** A valid agreed key over exactly the given members, each listed once. */
    public static Arbitrary<CostKey> agreedKey(List<String> members) {
        return shareSplits(members.size()).map(split -> CostKey.agreed(
            IntStream.range(0, members.size()).mapToObj(i -> KeyShare.of(members.get(i), split.get(i)))
                .collect(Collectors.toList())));
    }

    /** Keys whose shares may not sum to 1, or a population key with shares. */
    public static Arbitrary<CostKey> anyCostKeys() {
        Arbitrary<KeyShare> share = Combinators.combine(anyIds(), shares()).as(KeyShare::of);
        return Combinators.combine(Arbitraries.of(KeyMethod.class), share.list().ofMaxSize(4))
            .as((method, list) -> ImmutableCostKey.builder().method(method).shares(list).build());
    }

    /** Valid förbund with generated member ids (references are not consistent with any party list). */
    public static Arbitrary<CoordinationAssociation> validAssociations() {
        return Builders.withBuilder(ImmutableCoordinationAssociation::builder)
            .use(validIds()).in(ImmutableCoordinationAssociation.Builder::id)
            .use(validIds().list().uniqueElements().ofMaxSize(6)).in(ImmutableCoordinationAssociation.Builder::members)
            .use(validFundings().list().uniqueElements(Funding::getYear).ofMaxSize(3))
            .in(ImmutableCoordinationAssociation.Builder::funding)
            .use(validCostKeys()).withProbability(0.5).in(ImmutableCoordinationAssociation.Builder::municipalKey)
            .use(validCostKeys()).withProbability(0.5).in(ImmutableCoordinationAssociation.Builder::regionalKey)
            .build(ImmutableCoordinationAssociation.Builder::build);
    }

    /** Förbund that may break field rules. */
    public static Arbitrary<CoordinationAssociation> anyAssociations() {
        return Builders.withBuilder(ImmutableCoordinationAssociation::builder)
            .use(anyIds()).in(ImmutableCoordinationAssociation.Builder::id)
            .use(anyIds().list().ofMaxSize(5)).in(ImmutableCoordinationAssociation.Builder::members)
            .use(anyFundings().list().ofMaxSize(3)).in(ImmutableCoordinationAssociation.Builder::funding)
            .use(anyCostKeys()).withProbability(0.7).in(ImmutableCoordinationAssociation.Builder::municipalKey)
            .use(anyCostKeys()).withProbability(0.7).in(ImmutableCoordinationAssociation.Builder::regionalKey)
            .build(ImmutableCoordinationAssociation.Builder::build);
    }

    // ------------------------------------------------------------------ project parts

    /** Valid target groups with an age range inside 16–64. */
    public static Arbitrary<TargetGroup> validTargetGroups() {
        return validTargetGroups(List.of());
    }

    /** Valid target groups limited, sometimes, to some of the given municipality ids. */
    public static Arbitrary<TargetGroup> validTargetGroups(List<String> municipalities) {
        Arbitrary<List<String>> residence = municipalities.isEmpty()
            ? validIds().list().uniqueElements().ofMaxSize(2)
            : Arbitraries.subsetOf(municipalities).map(List::copyOf);
        return Builders.withBuilder(ImmutableTargetGroup::builder)
            .use(validTexts(4000)).in(ImmutableTargetGroup.Builder::description)
            .use(validIntRanges(16, 64)).in(ImmutableTargetGroup.Builder::ageRange)
            .use(Arbitraries.subsetOf(PriorityGroup.values())).in(ImmutableTargetGroup.Builder::priorityGroups)
            .use(Arbitraries.integers().between(0, 2)).in(ImmutableTargetGroup.Builder::minAuthorityContacts)
            .use(residence).in(ImmutableTargetGroup.Builder::municipalities)
            .use(validIntRanges(0, 5000)).withProbability(0.5).in(ImmutableTargetGroup.Builder::estimatedSize)
            .use(validIntRanges(0, 500)).withProbability(0.5).in(ImmutableTargetGroup.Builder::plannedParticipants)
            .build(ImmutableTargetGroup.Builder::build);
    }

    /** Target groups that may break field rules. */
    public static Arbitrary<TargetGroup> anyTargetGroups() {
        return Builders.withBuilder(ImmutableTargetGroup::builder)
            .use(anyTexts(4000)).in(ImmutableTargetGroup.Builder::description)
            .use(anyIntRanges()).in(ImmutableTargetGroup.Builder::ageRange)
            .use(Arbitraries.subsetOf(PriorityGroup.values())).in(ImmutableTargetGroup.Builder::priorityGroups)
            .use(Arbitraries.integers().between(-2, 6)).in(ImmutableTargetGroup.Builder::minAuthorityContacts)
            .use(anyIds().list().ofMaxSize(3)).in(ImmutableTargetGroup.Builder::municipalities)
            .use(anyIntRanges()).withProbability(0.5).in(ImmutableTargetGroup.Builder::estimatedSize)
            .use(anyIntRanges()).withProbability(0.5).in(ImmutableTargetGroup.Builder::plannedParticipants)
            .build(ImmutableTargetGroup.Builder::build);
    }

    /** Valid survey questions: yes/no (0..1) or agreement (1..5) scales. */
    public static Arbitrary<SurveyQuestion> validSurveyQuestions() {
        return Combinators.combine(validIds(), validTexts(2000), Arbitraries.of(IntRange.of(0, 1), IntRange.of(1, 5)))
            .as((id, text, scale) -> question(id, text, scale));
    }

    private static SurveyQuestion question(String id, String text, IntRange scale) {
        return ImmutableSurveyQuestion.builder().id(id).text(text).min(scale.getMin()).max(scale.getMax()).build();
    }

    /** Survey questions that may have a disordered scale, bad id or blank text. */
    public static Arbitrary<SurveyQuestion> anySurveyQuestions() {
        return Combinators.combine(anyIds(), anyTexts(2000), Arbitraries.integers().between(-3, 10),
                Arbitraries.integers().between(-3, 10))
            .as((id, text, min, max) -> ImmutableSurveyQuestion.builder().id(id).text(text).min(min).max(max).build());
    }

    /** Valid indicators of every type (survey questions named by generated ids). */
    public static Arbitrary<Indicator> validIndicators() {
        return Arbitraries.of(IndicatorType.class).flatMap(type -> validIndicators(type, List.of()));
    }

    /** Valid indicators of the type; a survey indicator names one of {@code questions} (or a generated id if none). */
    public static Arbitrary<Indicator> validIndicators(IndicatorType type, List<SurveyQuestion> questions) {
        switch (type) {
            case EXIT_OUTCOME_SHARE:
            case EXIT_OUTCOME_COUNT:
                return Arbitraries.subsetOf(ExitOutcome.values()).ofMinSize(1)
                    .map(outcomes -> ImmutableIndicator.builder().type(type).outcomes(outcomes).build());
            case SURVEY_SHARE:
                if (questions.isEmpty()) {
                    return Combinators.combine(validIds(), Arbitraries.integers().between(0, 5))
                        .as((id, threshold) -> ImmutableIndicator.builder().type(type).question(id).threshold(threshold)
                            .build());
                }
                return Arbitraries.of(questions).flatMap(q -> Arbitraries.integers().between(q.getMin(), q.getMax())
                    .map(threshold -> ImmutableIndicator.builder().type(type).question(q.getId()).threshold(threshold)
                        .build()));
            case REPORTED:
                return Arbitraries.oneOf(
                    Arbitraries.just(ImmutableIndicator.builder().type(type).build()),
                    Arbitraries.integers().between(0, 1000)
                        .map(n -> ImmutableIndicator.builder().type(type).reported(BigDecimal.valueOf(n)).build()),
                    Arbitraries.of(true, false)
                        .map(done -> ImmutableIndicator.builder().type(type).achieved(done).build()));
            default:
                return Arbitraries.just(ImmutableIndicator.builder().type(type).build());
        }
    }

    /** Indicators of any type with any combination of fields. */
    public static Arbitrary<Indicator> anyIndicators() {
        return Builders.withBuilder(ImmutableIndicator::builder)
            .use(Arbitraries.of(IndicatorType.class)).in(ImmutableIndicator.Builder::type)
            .use(Arbitraries.subsetOf(ExitOutcome.values())).in(ImmutableIndicator.Builder::outcomes)
            .use(anyIds()).withProbability(0.4).in(ImmutableIndicator.Builder::question)
            .use(Arbitraries.integers().between(-5, 10)).withProbability(0.4).in(ImmutableIndicator.Builder::threshold)
            .use(anyDecimals()).withProbability(0.3).in(ImmutableIndicator.Builder::reported)
            .use(Arbitraries.of(true, false)).withProbability(0.3).in(ImmutableIndicator.Builder::achieved)
            .build(ImmutableIndicator.Builder::build);
    }

    private static Arbitrary<BigDecimal> anyDecimals() {
        return Combinators.combine(Arbitraries.integers().between(-100_000, 100_000), Arbitraries.integers().between(0, 3))
            .as(BigDecimal::valueOf);
    }

    /** Valid targets for an indicator type: percent 0–100 (one decimal) for shares, whole counts otherwise. */
    public static Arbitrary<Target> validTargets(IndicatorType type) {
        Arbitrary<BigDecimal> values = type.isShare()
            ? Arbitraries.integers().between(0, 1000).map(i -> BigDecimal.valueOf(i, 1))
            : Arbitraries.integers().between(0, 500).map(BigDecimal::valueOf);
        return Combinators.combine(Arbitraries.of(TargetComparator.class), values, values)
            .as((comparator, a, b) -> comparator == TargetComparator.BETWEEN
                ? Target.between(a.min(b), a.max(b))
                : ImmutableTarget.builder().comparator(comparator).value(a).build());
    }

    /** Targets that may have a misplaced, missing or smaller upper bound. */
    public static Arbitrary<Target> anyTargets() {
        return Builders.withBuilder(ImmutableTarget::builder)
            .use(Arbitraries.of(TargetComparator.class)).in(ImmutableTarget.Builder::comparator)
            .use(anyDecimals()).in(ImmutableTarget.Builder::value)
            .use(anyDecimals()).withProbability(0.5).in(ImmutableTarget.Builder::upper)
            .build(ImmutableTarget.Builder::build);
    }

    /** Valid expected tables with age bands inside 16–64. */
    public static Arbitrary<Breakdown> validBreakdowns() {
        return validBreakdowns(IntRange.of(16, 64));
    }

    /**
     * Valid expected tables whose age bands lie inside {@code ages}: one or two consecutive bands,
     * women and men, stated totals (when given) equal to the sums of the cells.
     */
    public static Arbitrary<Breakdown> validBreakdowns(IntRange ages) {
        Arbitrary<List<IntRange>> bands = ages.getMin() == ages.getMax()
            ? Arbitraries.just(List.of(ages))
            : Arbitraries.integers().between(ages.getMin(), ages.getMax()).map(cut -> cut == ages.getMax()
                ? List.of(ages)
                : List.of(IntRange.of(ages.getMin(), cut), IntRange.of(cut + 1, ages.getMax())));
        return bands.flatMap(list -> Combinators.combine(
                Arbitraries.integers().between(0, 60).list().ofSize(2 * list.size()),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
            .as((values, rows, columns, total) -> {
                ImmutableBreakdown.Builder b = ImmutableBreakdown.builder().ageBands(list);
                Map<Gender, Integer> rowSums = new LinkedHashMap<>();
                int[] columnSums = new int[list.size()];
                int k = 0;
                for (int band = 0; band < list.size(); band++) {
                    for (Gender gender : List.of(Gender.WOMAN, Gender.MAN)) {
                        int value = values.get(k++);
                        b.addCells(BreakdownCell.of(gender, band, value));
                        rowSums.merge(gender, value, Integer::sum);
                        columnSums[band] += value;
                    }
                }
                if (rows) {
                    rowSums.forEach((gender, sum) -> b.addRowTotals(GenderTotal.of(gender, sum)));
                }
                if (columns) {
                    for (int band = 0; band < list.size(); band++) {
                        b.addColumnTotals(AgeBandTotal.of(band, columnSums[band]));
                    }
                }
                if (total) {
                    b.total(IntStream.of(columnSums).sum());
                }
                return b.build();
            }));
    }

    /** Expected tables that may name missing age bands, repeat cells or have negative values. */
    public static Arbitrary<Breakdown> anyBreakdowns() {
        Arbitrary<BreakdownCell> cell = Combinators.combine(Arbitraries.of(Gender.class),
                Arbitraries.integers().between(-1, 3), Arbitraries.integers().between(-5, 50))
            .as(BreakdownCell::of);
        return Builders.withBuilder(ImmutableBreakdown::builder)
            .use(anyIntRanges().list().ofMaxSize(3)).in(ImmutableBreakdown.Builder::ageBands)
            .use(cell.list().ofMaxSize(6)).in(ImmutableBreakdown.Builder::cells)
            .use(Combinators.combine(Arbitraries.of(Gender.class), Arbitraries.integers().between(-5, 100))
                .as(GenderTotal::of).list().ofMaxSize(3)).in(ImmutableBreakdown.Builder::rowTotals)
            .use(Combinators.combine(Arbitraries.integers().between(-1, 3), Arbitraries.integers().between(-5, 100))
                .as(AgeBandTotal::of).list().ofMaxSize(3)).in(ImmutableBreakdown.Builder::columnTotals)
            .use(Arbitraries.integers().between(-5, 200)).withProbability(0.5).in(ImmutableBreakdown.Builder::total)
            .build(ImmutableBreakdown.Builder::build);
    }

    /** Valid goals with generated survey question ids. */
    public static Arbitrary<Goal> validGoals() {
        return validGoals(List.of(), null, IntRange.of(16, 64));
    }

    /**
     * Valid goals for a project: survey goals only when {@code questions} is not empty (then naming one
     * of them), own measurement periods inside {@code projectPeriod} (if not null), expected tables
     * with age bands inside {@code ages}.
     */
    public static Arbitrary<Goal> validGoals(List<SurveyQuestion> questions, Period projectPeriod, IntRange ages) {
        List<IndicatorType> types = new ArrayList<>(List.of(IndicatorType.values()));
        if (projectPeriod != null && questions.isEmpty()) {
            types.remove(IndicatorType.SURVEY_SHARE);
        }
        Arbitrary<Period> periods = projectPeriod == null ? validPeriods() : validPeriodsWithin(projectPeriod);
        return Arbitraries.of(types).flatMap(type -> Builders.withBuilder(ImmutableGoal::builder)
            .use(validIds()).in(ImmutableGoal.Builder::id)
            .use(validTexts(2000)).in(ImmutableGoal.Builder::title)
            .use(validIndicators(type, questions)).in(ImmutableGoal.Builder::indicator)
            .use(validTargets(type)).in(ImmutableGoal.Builder::target)
            .use(Arbitraries.integers().between(0, 100).map(BigDecimal::valueOf)).withProbability(0.3)
            .in(ImmutableGoal.Builder::baseline)
            .use(periods).withProbability(0.2).in(ImmutableGoal.Builder::period)
            .use(validBreakdowns(ages)).withProbability(type == IndicatorType.REPORTED ? 0 : 0.3)
            .in(ImmutableGoal.Builder::breakdown)
            .build(ImmutableGoal.Builder::build));
    }

    /** Goals that may break any field rule. */
    public static Arbitrary<Goal> anyGoals() {
        return Builders.withBuilder(ImmutableGoal::builder)
            .use(anyIds()).in(ImmutableGoal.Builder::id)
            .use(anyTexts(2000)).in(ImmutableGoal.Builder::title)
            .use(anyIndicators()).in(ImmutableGoal.Builder::indicator)
            .use(anyTargets()).in(ImmutableGoal.Builder::target)
            .use(anyDecimals()).withProbability(0.3).in(ImmutableGoal.Builder::baseline)
            .use(anyPeriods()).withProbability(0.3).in(ImmutableGoal.Builder::period)
            .use(anyBreakdowns()).withProbability(0.3).in(ImmutableGoal.Builder::breakdown)
            .build(ImmutableGoal.Builder::build);
    }

    /** Valid budget lines of a year within 1990–2100, without funder. */
    public static Arbitrary<BudgetLine> validBudgetLines() {
        return validBudgetLines(Arbitraries.integers().between(1990, 2100), List.of());
    }

    private static Arbitrary<BudgetLine> validBudgetLines(Arbitrary<Integer> years, List<String> funders) {
        return Builders.withBuilder(ImmutableBudgetLine::builder)
            .use(years).in(ImmutableBudgetLine.Builder::year)
            .use(Arbitraries.of(CostCategory.class)).in(ImmutableBudgetLine.Builder::category)
            .use(validTexts(300)).in(ImmutableBudgetLine.Builder::item)
            .use(validAmounts()).in(ImmutableBudgetLine.Builder::amount)
            .use(funders.isEmpty() ? validIds() : Arbitraries.of(funders)).withProbability(funders.isEmpty() ? 0 : 0.3)
            .in(ImmutableBudgetLine.Builder::fundedBy)
            .build(ImmutableBudgetLine.Builder::build);
    }

    /** Valid budgets whose stated totals (when given) equal the sums of the lines. */
    public static Arbitrary<Budget> validBudgets() {
        return validPeriods().flatMap(period -> validBudgets(period, List.of()));
    }

    /**
     * Valid budgets with lines in the years {@code period} touches, funded (sometimes explicitly) by one
     * of {@code funders}, and stated totals (when given) equal to the sums of the lines.
     */
    public static Arbitrary<Budget> validBudgets(Period period, List<String> funders) {
        Arbitrary<Integer> years = Arbitraries.integers().between(period.getStart().getYear(), period.getEnd().getYear());
        return Combinators.combine(validBudgetLines(years, funders).list().ofMaxSize(6),
                Arbitraries.of(true, false), Arbitraries.of(true, false))
            .as((lines, perYear, grand) -> {
                ImmutableBudget.Builder b = ImmutableBudget.builder().lines(lines);
                if (perYear) {
                    Map<Integer, Amount> sums = new java.util.TreeMap<>();
                    lines.forEach(line -> sums.merge(line.getYear(), line.getAmount(), Amount::plus));
                    sums.forEach((year, sum) -> b.addStatedTotals(StatedTotal.of(year, sum)));
                }
                if (grand) {
                    b.statedGrandTotal(lines.stream().map(BudgetLine::getAmount).reduce(Amount.zero(), Amount::plus));
                }
                return b.build();
            });
    }

    /** Budget lines that may have a year out of range, a blank item, a negative amount or a bad funder id. */
    public static Arbitrary<BudgetLine> anyBudgetLines() {
        return Builders.withBuilder(ImmutableBudgetLine::builder)
            .use(Arbitraries.integers().between(1900, 2200)).in(ImmutableBudgetLine.Builder::year)
            .use(Arbitraries.of(CostCategory.class)).in(ImmutableBudgetLine.Builder::category)
            .use(anyTexts(300)).in(ImmutableBudgetLine.Builder::item)
            .use(anyAmounts()).in(ImmutableBudgetLine.Builder::amount)
            .use(anyIds()).withProbability(0.3).in(ImmutableBudgetLine.Builder::fundedBy)
            .build(ImmutableBudgetLine.Builder::build);
    }

    /** Budgets that may have negative amounts, years out of range, blank items or wrong stated totals. */
    public static Arbitrary<Budget> anyBudgets() {
        return Builders.withBuilder(ImmutableBudget::builder)
            .use(anyBudgetLines().list().ofMaxSize(4)).in(ImmutableBudget.Builder::lines)
            .use(Combinators.combine(Arbitraries.integers().between(1900, 2200), anyAmounts()).as(StatedTotal::of)
                .list().ofMaxSize(3)).in(ImmutableBudget.Builder::statedTotals)
            .use(anyAmounts()).withProbability(0.5).in(ImmutableBudget.Builder::statedGrandTotal)
            .build(ImmutableBudget.Builder::build);
    }

    /** Valid extents: exactly one of fte, days, hours per week. */
    public static Arbitrary<ResourceExtent> validExtents() {
        return Arbitraries.oneOf(
            Arbitraries.integers().between(0, 40).map(i -> ResourceExtent.ofFte(BigDecimal.valueOf(i, 1))),
            Arbitraries.integers().between(0, 400)
                .map(d -> ImmutableResourceExtent.builder().days(BigDecimal.valueOf(d)).build()),
            Arbitraries.integers().between(0, 40)
                .map(h -> ImmutableResourceExtent.builder().hoursPerWeek(BigDecimal.valueOf(h)).build()));
    }

    /** Extents with none, several, or out-of-range values. */
    public static Arbitrary<ResourceExtent> anyExtents() {
        return Builders.withBuilder(ImmutableResourceExtent::builder)
            .use(anyDecimals()).withProbability(0.5).in(ImmutableResourceExtent.Builder::fte)
            .use(anyDecimals()).withProbability(0.4).in(ImmutableResourceExtent.Builder::days)
            .use(anyDecimals()).withProbability(0.4).in(ImmutableResourceExtent.Builder::hoursPerWeek)
            .build(ImmutableResourceExtent.Builder::build);
    }

    /** Valid resources with generated party ids. */
    public static Arbitrary<Resource> validResources() {
        return validIds().list().uniqueElements().ofMinSize(1).ofMaxSize(3).flatMap(ModelArbitraries::validResources);
    }

    /** Valid resources employed by, and funded in a fixed split by, some of the given parties. */
    public static Arbitrary<Resource> validResources(List<String> parties) {
        Arbitrary<List<FundingShare>> fundedBy = Arbitraries.subsetOf(parties).ofMinSize(1).ofMaxSize(4)
            .map(List::copyOf)
            .flatMap(funders -> shareSplits(funders.size()).map(split -> IntStream.range(0, funders.size())
                .mapToObj(i -> FundingShare.of(funders.get(i), split.get(i))).collect(Collectors.toList())));
        return Builders.withBuilder(ImmutableResource::builder)
            .use(Arbitraries.of(parties)).in(ImmutableResource.Builder::party)
            .use(validTexts(300)).in(ImmutableResource.Builder::role)
            .use(validExtents()).in(ImmutableResource.Builder::extent)
            .use(fundedBy).withProbability(0.8).in(ImmutableResource.Builder::fundedBy)
            .use(validAmounts()).withProbability(0.5).in(ImmutableResource.Builder::annualCost)
            .build(ImmutableResource.Builder::build);
    }

    /** Resources that may break field rules (shares not summing to 1, bad extents, negative cost). */
    public static Arbitrary<Resource> anyResources() {
        return Builders.withBuilder(ImmutableResource::builder)
            .use(anyIds()).in(ImmutableResource.Builder::party)
            .use(anyTexts(300)).in(ImmutableResource.Builder::role)
            .use(anyExtents()).in(ImmutableResource.Builder::extent)
            .use(Combinators.combine(anyIds(), shares()).as(FundingShare::of).list().ofMaxSize(3))
            .in(ImmutableResource.Builder::fundedBy)
            .use(anyAmounts()).withProbability(0.5).in(ImmutableResource.Builder::annualCost)
            .build(ImmutableResource.Builder::build);
    }

    /** Valid cohorts with any valid period. */
    public static Arbitrary<Cohort> validCohorts() {
        return Combinators.combine(validIds(), Arbitraries.integers().between(1, 20), validPeriods(),
                validIntRanges(0, 12).optional(0.5))
            .as((id, number, period, size) -> ImmutableCohort.builder().id(id).number(number).period(period)
                .plannedSize(size).build());
    }

    /**
     * Valid cohorts of a project: {@code c1}, {@code c2}, … numbered 1, 2, … with non-decreasing start
     * dates inside {@code projectPeriod}, each planned for a size range within 4–10.
     */
    public static Arbitrary<List<Cohort>> validCohortLists(Period projectPeriod, int maxSize) {
        Arbitrary<Period> inside = validPeriodsWithin(projectPeriod);
        return Combinators.combine(inside.list().ofMaxSize(maxSize), validIntRanges(4, 10).list().ofSize(maxSize))
            .as((periods, sizes) -> {
                List<Period> sorted = new ArrayList<>(periods);
                sorted.sort(java.util.Comparator.comparing(Period::getStart));
                List<Cohort> cohorts = new ArrayList<>();
                for (int i = 0; i < sorted.size(); i++) {
                    cohorts.add(ImmutableCohort.builder().id("c" + (i + 1)).number(i + 1).period(sorted.get(i))
                        .plannedSize(sizes.get(i)).build());
                }
                return List.copyOf(cohorts);
            });
    }

    /** Cohorts that may break field rules. */
    public static Arbitrary<Cohort> anyCohorts() {
        return Combinators.combine(anyIds(), Arbitraries.integers().between(-2, 20), anyPeriods(),
                anyIntRanges().optional(0.5))
            .as((id, number, period, size) -> ImmutableCohort.builder().id(id).number(number).period(period)
                .plannedSize(size).build());
    }

    /** Valid ESF metadata: granted support at most the total budget, union rate 0.01–1.00. */
    public static Arbitrary<Esf> validEsfs() {
        Arbitrary<String> caseNumbers = Combinators.combine(Arbitraries.integers().between(2014, 2030),
                Arbitraries.integers().between(1, 99_999))
            .as((year, n) -> String.format("%d/%05d", year, n));
        Arbitrary<Amount[]> money = validAmounts().flatMap(total -> Arbitraries.longs().between(0, total.toOre())
            .map(granted -> new Amount[] {total, Amount.ofOre(granted)}));
        return Combinators.combine(caseNumbers, Arbitraries.of("1", "2", "3", "4"), Arbitraries.of("1.1", "2.1", "2.2"),
                Arbitraries.of("102", "138", "150"), Arbitraries.integers().between(1, 100), money)
            .as((caseNumber, area, objective, intervention, rate, amounts) -> ImmutableEsf.builder()
                .caseNumber(caseNumber).programmeArea(area).specificObjective(objective)
                .interventionType(intervention).unionCoFinancingRate(BigDecimal.valueOf(rate, 2))
                .totalBudget(amounts[0]).grantedSupport(amounts[1]).build());
    }

    /** ESF metadata that may break field rules (rate outside 0–1, negative amounts, blank texts). */
    public static Arbitrary<Esf> anyEsfs() {
        return Combinators.combine(anyTexts(64), anyTexts(300), anyTexts(300), anyTexts(300),
                Arbitraries.integers().between(-100, 200).map(r -> BigDecimal.valueOf(r, 2)), anyAmounts(), anyAmounts())
            .as((caseNumber, area, objective, intervention, rate, granted, total) -> ImmutableEsf.builder()
                .caseNumber(caseNumber).programmeArea(area).specificObjective(objective)
                .interventionType(intervention).unionCoFinancingRate(rate)
                .grantedSupport(granted).totalBudget(total).build());
    }

    /** Valid aggregate counts of a year within 1990–2100. */
    public static Arbitrary<ParticipantCount> validParticipantCounts() {
        return Combinators.combine(Arbitraries.integers().between(1990, 2100), Arbitraries.of(Gender.class),
                Arbitraries.integers().between(0, 500))
            .as(ParticipantCount::of);
    }

    /** Aggregate counts that may have a bad year or a negative count. */
    public static Arbitrary<ParticipantCount> anyParticipantCounts() {
        return Combinators.combine(Arbitraries.integers().between(1800, 2300), Arbitraries.of(Gender.class),
                Arbitraries.integers().between(-10, 500))
            .as((year, gender, count) -> ImmutableParticipantCount.builder().year(year).gender(gender).count(count)
                .build());
    }

    // ------------------------------------------------------------------ projects

    /** The parts of a project that the rest of its generation depends on. */
    private record ProjectShape(ProjectKind kind, int combination, Period period, List<SurveyQuestion> questions,
        TargetGroup target) {
    }

    /** Valid projects with generated party ids (references are not consistent with any party list). */
    public static Arbitrary<Project> validProjects() {
        return validIds().list().uniqueElements().ofMinSize(3).ofMaxSize(5)
            .flatMap(ids -> validProject(validIds(), ids.get(0), ids.get(1), ids.subList(2, ids.size()), ids, List.of(),
                false));
    }

    /**
     * A valid project owned by {@code owner}, financed by {@code financier} alone, with some of
     * {@code partnerCandidates} as partners (at least one), resources among {@code resourceParties}
     * and an orientation/measurement combination of INDIVIDUAL + PERSON_LEVEL, INDIVIDUAL + COUNT_ONLY
     * or STRUCTURAL + COUNT_ONLY (always the first if {@code personLevel}); the target group names some
     * of {@code municipalities} (generated ids if empty).
     */
    static Arbitrary<Project> validProject(Arbitrary<String> ids, String owner, String financier,
        List<String> partnerCandidates, List<String> resourceParties, List<String> municipalities,
        boolean personLevel) {
        Arbitrary<Integer> combinations = personLevel ? Arbitraries.just(0) : Arbitraries.of(0, 0, 0, 1, 2);
        Arbitrary<ProjectShape> shape = Combinators.combine(Arbitraries.of(ProjectKind.class),
                combinations, validPeriodsWithin(Period.of(LocalDate.of(2008, 1, 1), LocalDate.of(2026, 12, 31))),
                validSurveyQuestions().list().uniqueElements(SurveyQuestion::getId).ofMaxSize(2),
                validTargetGroups(municipalities))
            .as(ProjectShape::new);
        return shape.flatMap(values -> {
            Period period = values.period();
            List<SurveyQuestion> questions = values.questions();
            TargetGroup target = values.target();
            int combination = values.combination();
            Orientation orientation = combination == 2 ? Orientation.STRUCTURAL : Orientation.INDIVIDUAL;
            Measurement measurement = combination == 0 ? Measurement.PERSON_LEVEL : Measurement.COUNT_ONLY;
            Arbitrary<Integer> years = Arbitraries.integers().between(period.getStart().getYear(), period.getEnd().getYear());
            Arbitrary<List<ParticipantCount>> counts = measurement == Measurement.COUNT_ONLY
                ? Combinators.combine(years, Arbitraries.of(Gender.class), Arbitraries.integers().between(0, 200))
                    .as(ParticipantCount::of).list().uniqueElements(c -> c.getYear() + "/" + c.getGender()).ofMaxSize(4)
                : Arbitraries.just(List.of());
            List<String> funders = List.of(financier);
            ProjectKind kind = values.kind();
            return Builders.withBuilder(() -> ImmutableProject.builder().kind(kind)
                    .orientation(orientation).measurement(measurement).owner(owner).addFinanciers(financier)
                    .period(period).targetGroup(target).surveyQuestions(questions))
                .use(ids).in(ImmutableProject.Builder::id)
                .use(validTexts(300)).in(ImmutableProject.Builder::name)
                .use(Arbitraries.strings().numeric().ofLength(3).map(n -> "dnr " + n)).withProbability(0.4)
                .in(ImmutableProject.Builder::reference)
                .use(Arbitraries.subsetOf(partnerCandidates).ofMinSize(1).map(List::copyOf))
                .in(ImmutableProject.Builder::partners)
                .use(validGoals(questions, period, target.getAgeRange()).list().uniqueElements(Goal::getId).ofMaxSize(3))
                .in(ImmutableProject.Builder::goals)
                .use(validBudgets(period, funders)).withProbability(0.8).in(ImmutableProject.Builder::budget)
                .use(validBudgets(period, funders)).withProbability(0.3).in(ImmutableProject.Builder::outcome)
                .use(validResources(resourceParties).list().ofMaxSize(2)).in(ImmutableProject.Builder::resources)
                .use(validCohortLists(period, measurement == Measurement.PERSON_LEVEL ? 4 : 0))
                .in(ImmutableProject.Builder::cohorts)
                .use(validEsfs()).withProbability(0.2).in(ImmutableProject.Builder::esf)
                .use(counts).in(ImmutableProject.Builder::participantCounts)
                .build(ImmutableProject.Builder::build);
        });
    }

    /** Projects that may break any field rule. */
    public static Arbitrary<Project> anyProjects() {
        return Builders.withBuilder(ImmutableProject::builder)
            .use(anyIds()).in(ImmutableProject.Builder::id)
            .use(anyTexts(300)).in(ImmutableProject.Builder::name)
            .use(anyTexts(64)).withProbability(0.3).in(ImmutableProject.Builder::reference)
            .use(Arbitraries.of(ProjectKind.class)).in(ImmutableProject.Builder::kind)
            .use(Arbitraries.of(Orientation.class)).in(ImmutableProject.Builder::orientation)
            .use(Arbitraries.of(Measurement.class)).in(ImmutableProject.Builder::measurement)
            .use(anyIds()).in(ImmutableProject.Builder::owner)
            .use(anyIds().list().ofMaxSize(2)).in(ImmutableProject.Builder::financiers)
            .use(anyIds().list().ofMaxSize(3)).in(ImmutableProject.Builder::partners)
            .use(anyPeriods()).in(ImmutableProject.Builder::period)
            .use(anyTargetGroups()).in(ImmutableProject.Builder::targetGroup)
            .use(anyGoals().list().ofMaxSize(2)).in(ImmutableProject.Builder::goals)
            .use(anyBudgets()).withProbability(0.7).in(ImmutableProject.Builder::budget)
            .use(anyBudgets()).withProbability(0.3).in(ImmutableProject.Builder::outcome)
            .use(anyResources().list().ofMaxSize(2)).in(ImmutableProject.Builder::resources)
            .use(anyCohorts().list().ofMaxSize(2)).in(ImmutableProject.Builder::cohorts)
            .use(anyEsfs()).withProbability(0.3).in(ImmutableProject.Builder::esf)
            .use(anyParticipantCounts().list().ofMaxSize(2)).in(ImmutableProject.Builder::participantCounts)
            .use(anySurveyQuestions().list().ofMaxSize(2)).in(ImmutableProject.Builder::surveyQuestions)
            .build(ImmutableProject.Builder::build);
    }

    // ------------------------------------------------------------------ participants

    /** Valid participations in a project with a generated id (no cohort or survey context). */
    public static Arbitrary<Participation> validParticipations() {
        return Combinators.combine(validIds(), validPeriods())
            .flatAs((project, period) -> validParticipation(project, period, List.of(), List.of(), false));
    }

    /**
     * A valid participation in {@code project} starting and ending inside {@code period}: exit outcome
     * exactly when ended, a cohort sometimes (then starting inside it), at least two authority contacts,
     * answers inside each question's scale; none of the personal data when {@code anonymous}.
     */
    static Arbitrary<Participation> validParticipation(String project, Period period, List<Cohort> cohorts,
        List<SurveyQuestion> questions, boolean anonymous) {
        Arbitrary<Optional<Cohort>> cohort = cohorts.isEmpty()
            ? Arbitraries.just(Optional.empty())
            : Arbitraries.of(cohorts).optional(0.7);
        return cohort.flatMap(c -> {
            Period window = c.map(Cohort::getPeriod).orElse(period);
            return datesBetween(window.getStart(), window.getEnd()).flatMap(start -> {
                Arbitrary<Optional<LocalDate>> end = datesBetween(start, period.getEnd()).optional(0.7);
                Map<String, Arbitrary<Integer>> answers = new LinkedHashMap<>();
                questions.forEach(q -> answers.put(q.getId(), Arbitraries.integers().between(q.getMin(), q.getMax())));
                Arbitrary<Map<String, Integer>> survey = anonymous || questions.isEmpty()
                    ? Arbitraries.just(Map.of())
                    : Arbitraries.subsetOf(answers.keySet()).flatMap(keys -> {
                        List<String> ordered = new ArrayList<>(new TreeSet<>(keys));
                        List<Arbitrary<Integer>> values = ordered.stream().map(answers::get).collect(Collectors.toList());
                        return Combinators.combine(values).as(list -> {
                            Map<String, Integer> map = new LinkedHashMap<>();
                            for (int i = 0; i < ordered.size(); i++) {
                                map.put(ordered.get(i), list.get(i));
                            }
                            return map;
                        });
                    });
                Arbitrary<Set<PartyType>> contacts = anonymous
                    ? Arbitraries.just(Set.of())
                    : Arbitraries.subsetOf(MEMBER_TYPES).ofMinSize(2);
                Arbitrary<Set<IncomeSource>> incomes = anonymous
                    ? Arbitraries.just(Set.of())
                    : Arbitraries.subsetOf(IncomeSource.values()).ofMinSize(1).ofMaxSize(2);
                return Combinators.combine(end, Arbitraries.of(ExitOutcome.class), contacts, incomes, incomes, survey)
                    .as((e, outcome, authorities, atStart, atEnd, answered) -> {
                        ImmutableParticipation.Builder b = ImmutableParticipation.builder().project(project)
                            .start(start).end(e).cohort(c.map(Cohort::getId))
                            .authorityContacts(authorities).incomeAtStart(atStart).survey(answered);
                        if (e.isPresent()) {
                            b.exitOutcome(outcome).incomeAtEnd(atEnd);
                        }
                        return b.build();
                    });
            });
        });
    }

    /** Participations that may break field rules (outcome without end, end before start, bad ids). */
    public static Arbitrary<Participation> anyParticipations() {
        Arbitrary<Map<String, Integer>> survey =
            Arbitraries.maps(anyIds(), Arbitraries.integers().between(-5, 10)).ofMaxSize(3);
        return Builders.withBuilder(ImmutableParticipation::builder)
            .use(anyIds()).in(ImmutableParticipation.Builder::project)
            .use(dates()).in(ImmutableParticipation.Builder::start)
            .use(dates()).withProbability(0.5).in(ImmutableParticipation.Builder::end)
            .use(anyIds()).withProbability(0.3).in(ImmutableParticipation.Builder::cohort)
            .use(Arbitraries.subsetOf(PartyType.values())).in(ImmutableParticipation.Builder::authorityContacts)
            .use(Arbitraries.subsetOf(IncomeSource.values())).in(ImmutableParticipation.Builder::incomeAtStart)
            .use(Arbitraries.subsetOf(IncomeSource.values())).in(ImmutableParticipation.Builder::incomeAtEnd)
            .use(Arbitraries.of(ExitOutcome.class)).withProbability(0.5).in(ImmutableParticipation.Builder::exitOutcome)
            .use(survey).in(ImmutableParticipation.Builder::survey)
            .use(anyTexts(2000)).withProbability(0.2).in(ImmutableParticipation.Builder::reenrolmentReason)
            .build(ImmutableParticipation.Builder::build);
    }

    /** Valid participants, anonymous or not, with up to two participations in generated projects. */
    public static Arbitrary<Participant> validParticipants() {
        return Combinators.combine(validIds(), Arbitraries.of(true, false), validPeriods())
            .flatAs((id, anonymous, period) -> {
                Arbitrary<Participation> one = validIds()
                    .flatMap(project -> validParticipation(project, period, List.of(), List.of(), anonymous));
                return validParticipant(id, anonymous, one.list().ofMaxSize(2), Optional.empty());
            });
    }

    private static Arbitrary<Participant> validParticipant(String id, boolean anonymous,
        Arbitrary<List<Participation>> participations, Optional<IntRange> ages) {
        return Combinators.combine(Arbitraries.of(Gender.class), participations,
                Arbitraries.integers().between(ages.map(IntRange::getMin).orElse(16), ages.map(IntRange::getMax).orElse(64)),
                Arbitraries.of(true, true, true, false), Arbitraries.of(EducationLevel.class).optional(0.7))
            .as((gender, list, age, withBirthYear, education) -> {
                int referenceYear = list.isEmpty() ? 2020 : list.get(0).getStart().getYear();
                return ImmutableParticipant.builder().id(id).anonymous(anonymous).gender(gender)
                    .birthYear(withBirthYear ? OptionalInt.of(referenceYear - age) : OptionalInt.empty())
                    .educationLevel(anonymous ? Optional.empty() : education)
                    .participations(list).build();
            });
    }

    /**
     * Participants that may break field rules: half of them with fields drawn freely (bad ids, birth years
     * 1800–2200, anonymous with personal data, outcome without end, end before start, blank or long
     * texts…), the other half {@linkplain #participantsWithOneEdit() valid participants with one field
     * set to a value at or just beyond the boundary of its rule}, so that every rule is sometimes the
     * only one broken.
     */
    public static Arbitrary<Participant> anyParticipants() {
        Arbitrary<Integer> birthYears = Arbitraries.oneOf(Arbitraries.integers().between(1800, 2200),
            Arbitraries.of(1899, 1900, 2100, 2101));
        Arbitrary<Participant> free = Builders.withBuilder(ImmutableParticipant::builder)
            .use(anyIds()).in(ImmutableParticipant.Builder::id)
            .use(Arbitraries.of(true, false)).in(ImmutableParticipant.Builder::anonymous)
            .use(Arbitraries.of(Gender.class)).in(ImmutableParticipant.Builder::gender)
            .use(birthYears).withProbability(0.7).in(ImmutableParticipant.Builder::birthYear)
            .use(Arbitraries.of(EducationLevel.class)).withProbability(0.5).in(ImmutableParticipant.Builder::educationLevel)
            .use(anyParticipations().list().ofMaxSize(3)).in(ImmutableParticipant.Builder::participations)
            .build(ImmutableParticipant.Builder::build);
        return Arbitraries.oneOf(free, participantsWithOneEdit());
    }

    /**
     * Valid participants with one field changed to a value at or just beyond the boundary of its rule:
     * an id that is empty, 64 or 65 characters long, upper case, non-ASCII or with a character outside
     * {@code [a-z0-9._-]}; birth year 1899, 1900, 2100 or 2101; an anonymous participant with one kind of
     * personal data (or with none); and in one participation a project, cohort or survey key of the same
     * kinds, a re-enrolment reason that is empty, white space, 2000 or 2001 characters long (with or without
     * white space), an exit outcome without end, an end the day before or the day of the start. About half
     * of them break a rule, most of those exactly one.
     */
    public static Arbitrary<Participant> participantsWithOneEdit() {
        Arbitrary<String> edgeIds = Arbitraries.of("", "A", "a b", "-start", ".x", "_x", "ö", "aé", "a/b", "a~b",
            "a\u0000", "x".repeat(64), "x".repeat(65), "0", "a.b_c-d", "z9");
        Arbitrary<Participation> participations = validParticipations();
        return Combinators.combine(validParticipants(), participations,
                Arbitraries.of(IntStream.range(0, 14).boxed().collect(Collectors.toList())),
                edgeIds, Arbitraries.of(1899, 1900, 2100, 2101),
                Arbitraries.of("", " ", "\t\n", "\u2003", "x".repeat(2000), " ".repeat(1999) + "x",
                    "x".repeat(2001), " ".repeat(2000) + "x", "é".repeat(2001)))
            .as((valid, extra, edit, id, year, reason) -> {
                ImmutableParticipant p = ImmutableParticipant.copyOf(valid);
                List<Participation> list = p.getParticipations().isEmpty() ? List.of(extra) : p.getParticipations();
                ImmutableParticipation first = ImmutableParticipation.copyOf(list.get(0));
                ImmutableParticipant anonymous = p.withAnonymous(true).withEducationLevel(Optional.empty())
                    .withParticipations(first.withAuthorityContacts(Set.of()).withIncomeAtStart(Set.of())
                        .withIncomeAtEnd(Set.of()).withSurvey(Map.of()));
                ImmutableParticipation anonymousFirst = ImmutableParticipation.copyOf(anonymous.getParticipations().get(0));
                switch (edit) {
                    case 0: return p.withId(id);
                    case 1: return p.withBirthYear(year);
                    case 2: return anonymous;
                    case 3: return anonymous.withEducationLevel(EducationLevel.UPPER_SECONDARY);
                    case 4: return anonymous.withParticipations(anonymousFirst.withAuthorityContacts(PartyType.MUNICIPALITY));
                    case 5: return anonymous.withParticipations(anonymousFirst.withIncomeAtStart(IncomeSource.EMPLOYMENT));
                    case 6: return anonymous.withParticipations(anonymousFirst.withIncomeAtEnd(IncomeSource.EMPLOYMENT));
                    case 7: return anonymous.withParticipations(anonymousFirst.withSurvey(Map.of("kvalitet", 1)));
                    case 8: return withFirst(p, list, first.withProject(id));
                    case 9: return withFirst(p, list, first.withCohort(id));
                    case 10: return withFirst(p, list, first.withSurvey(Map.of(id, 1)));
                    case 11: return withFirst(p, list, first.withReenrolmentReason(reason));
                    case 12: return withFirst(p, list, first.withEnd(Optional.empty())
                        .withExitOutcome(ExitOutcome.EMPLOYMENT));
                    default: return withFirst(p, list, first.withEnd(first.getStart().minusDays(year % 2)));
                }
            });
    }

    private static Participant withFirst(ImmutableParticipant participant, List<Participation> list,
        Participation first) {
        List<Participation> edited = new ArrayList<>(list);
        edited.set(0, first);
        return participant.withParticipations(edited);
    }

    // ------------------------------------------------------------------ documents

    /**
     * Valid, internally consistent documents: up to 3 projects and 20 participants (see
     * {@link #validDocuments(int, int, int, int)}).
     */
    public static Arbitrary<SamverkanDocument> validDocuments() {
        return validDocuments(3, 20);
    }

    /**
     * Valid, internally consistent documents with up to {@code maxProjects} projects and
     * {@code maxParticipants} participants; see {@link #validDocuments(int, int, int, int)}.
     *
     * @param maxProjects the largest number of projects, 0 or more
     * @param maxParticipants the largest number of participants, 0 or more
     * @return the arbitrary, never null
     * @throws IllegalArgumentException if a bound is negative
     */
    public static Arbitrary<SamverkanDocument> validDocuments(int maxProjects, int maxParticipants) {
        return validDocuments(0, maxProjects, 0, maxParticipants);
    }

    /**
     * Valid, internally consistent documents with {@code minProjects}–{@code maxProjects} projects and
     * {@code minParticipants}–{@code maxParticipants} participants. {@code projekt-1}, when present, is
     * always INDIVIDUAL + PERSON_LEVEL, so with {@code minProjects} at least 1 participants have a
     * project to take part in (about nine in ten do).
     *
     * <p>Parties: Försäkringskassan {@code fk}, Arbetsförmedlingen {@code af}, regions
     * {@code region-1}…, municipalities {@code kommun-1}… (each with population and code), a unit
     * {@code kommun-1.soc} under {@code kommun-1}, a non-profit {@code ideell-1}, and the förbund
     * {@code forbund} with all of them but the unit and the non-profit as members, distinct funding
     * years and population or agreed keys listing every member of their type once. Projects
     * {@code projekt-1}… are owned by Arbetsförmedlingen or a municipality (or its unit), financed by
     * the förbund alone, with Försäkringskassan or a region among the partners. Participants
     * {@code d-1}… take part in INDIVIDUAL + PERSON_LEVEL projects only, at most once per project,
     * inside the project period.
     *
     * @param minProjects the smallest number of projects, 0 or more
     * @param maxProjects the largest number of projects, at least {@code minProjects}
     * @param minParticipants the smallest number of participants, 0 or more
     * @param maxParticipants the largest number of participants, at least {@code minParticipants}
     * @return the arbitrary, never null
     * @throws IllegalArgumentException if a bound is negative or a minimum exceeds its maximum
     */
    public static Arbitrary<SamverkanDocument> validDocuments(int minProjects, int maxProjects, int minParticipants,
        int maxParticipants) {
        if (minProjects < 0 || minParticipants < 0 || maxProjects < minProjects || maxParticipants < minParticipants) {
            throw new IllegalArgumentException("bounds must be 0 or more with min <= max");
        }
        Arbitrary<Integer> regions = Arbitraries.integers().between(1, 2);
        Arbitrary<Integer> municipalities = Arbitraries.integers().between(1, 3);
        return Combinators.combine(regions, municipalities)
            .flatAs((r, m) -> validDocument(r, m, minProjects, maxProjects, minParticipants, maxParticipants));
    }

    private static Arbitrary<SamverkanDocument> validDocument(int regionCount, int municipalityCount, int minProjects,
        int maxProjects, int minParticipants, int maxParticipants) {
        List<String> regionIds = IntStream.rangeClosed(1, regionCount).mapToObj(i -> "region-" + i)
            .collect(Collectors.toList());
        List<String> municipalityIds = IntStream.rangeClosed(1, municipalityCount).mapToObj(i -> "kommun-" + i)
            .collect(Collectors.toList());
        List<String> members = new ArrayList<>(List.of("fk", "af"));
        members.addAll(regionIds);
        members.addAll(municipalityIds);
        Arbitrary<Long> population = Arbitraries.longs().between(1_000, 1_500_000);
        Arbitrary<List<Party>> parties = Combinators.combine(population.list().ofSize(regionCount + municipalityCount),
                validTexts(300).list().ofSize(regionCount + municipalityCount + 2))
            .as((populations, names) -> {
                List<Party> list = new ArrayList<>();
                list.add(party("fk", "Försäkringskassan", PartyType.SOCIAL_INSURANCE_AGENCY).build());
                list.add(party("af", "Arbetsförmedlingen", PartyType.PUBLIC_EMPLOYMENT_SERVICE).build());
                for (int i = 0; i < regionCount; i++) {
                    list.add(party(regionIds.get(i), names.get(i), PartyType.REGION).population(populations.get(i))
                        .build());
                }
                for (int i = 0; i < municipalityCount; i++) {
                    int k = regionCount + i;
                    list.add(party(municipalityIds.get(i), names.get(k), PartyType.MUNICIPALITY)
                        .population(populations.get(k)).municipalityCode(String.format("%04d", 1260 + i)).build());
                }
                list.add(party("kommun-1.soc", names.get(regionCount + municipalityCount), PartyType.MUNICIPALITY)
                    .parent("kommun-1").build());
                list.add(party("ideell-1", names.get(regionCount + municipalityCount + 1), PartyType.NON_PROFIT).build());
                list.add(party("forbund", "Samordningsförbundet", PartyType.COORDINATION_ASSOCIATION).build());
                return List.copyOf(list);
            });
        Arbitrary<CostKey> municipalKey = Arbitraries.oneOf(Arbitraries.just(CostKey.population()),
            agreedKey(municipalityIds));
        Arbitrary<CostKey> regionalKey = Arbitraries.oneOf(Arbitraries.just(CostKey.population()), agreedKey(regionIds));
        Arbitrary<CoordinationAssociation> association = Combinators.combine(
                validFundings().list().uniqueElements(Funding::getYear).ofMaxSize(3), municipalKey, regionalKey)
            .as((funding, mKey, rKey) -> ImmutableCoordinationAssociation.builder().id("forbund").members(members)
                .funding(funding.stream().sorted(java.util.Comparator.comparingInt(Funding::getYear))
                    .collect(Collectors.toList()))
                .municipalKey(mKey).regionalKey(rKey).build());
        List<String> owners = List.of("af", "kommun-1", "kommun-1.soc");
        List<String> resourceParties = new ArrayList<>(members);
        resourceParties.add("kommun-1.soc");
        resourceParties.add("forbund");
        Arbitrary<List<Project>> projects = Arbitraries.integers().between(minProjects, maxProjects).flatMap(count -> {
            List<Arbitrary<Project>> each = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String id = "projekt-" + i;
                each.add(Arbitraries.of(owners).flatMap(owner -> {
                    List<String> partners = new ArrayList<>(List.of("fk"));
                    partners.addAll(regionIds);
                    partners.addAll(municipalityIds);
                    partners.add("ideell-1");
                    partners.remove(owner);
                    return validProject(Arbitraries.just(id), owner, "forbund", partners, resourceParties,
                            municipalityIds, id.equals("projekt-1"))
                        .map(p -> ensureMemberPartner(p, regionIds));
                }));
            }
            return Combinators.combine(each).as(List::copyOf);
        });
        return Combinators.combine(parties, association, projects)
            .flatAs((partyList, forbund, projectList) -> Combinators.combine(
                    participants(projectList, minParticipants, maxParticipants),
                    StructureArbitraries.validGroups(municipalityIds,
                        projectList.stream().map(Project::getId).collect(Collectors.toList())))
                .as((ps, groups) -> SamverkanDocument.builder().parties(partyList).addAssociations(forbund)
                    .projects(projectList).structures(groups).participants(ps).build()));
    }

    /** Ensures that owner and partners cover at least two kinds of member (PROJECT_TOO_FEW_PARTIES). */
    private static Project ensureMemberPartner(Project project, List<String> regionIds) {
        if (project.getPartners().contains("fk") || project.getPartners().stream().anyMatch(regionIds::contains)) {
            return project;
        }
        return ImmutableProject.builder().from(project).addPartners("fk").build();
    }

    private static ImmutableParty.Builder party(String id, String name, PartyType type) {
        return ImmutableParty.builder().id(id).name(name).type(type);
    }

    private static Arbitrary<List<Participant>> participants(List<Project> projects, int minParticipants,
        int maxParticipants) {
        List<Project> individual = projects.stream()
            .filter(p -> p.getOrientation() == Orientation.INDIVIDUAL && p.getMeasurement() == Measurement.PERSON_LEVEL)
            .collect(Collectors.toList());
        return Arbitraries.integers().between(minParticipants, maxParticipants).flatMap(count -> {
            if (count == 0) {
                return Arbitraries.just(List.<Participant>of());
            }
            List<Arbitrary<Participant>> each = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String id = "d-" + i;
                each.add(Arbitraries.of(true, false, false, false).flatMap(anonymous -> {
                    Arbitrary<List<Project>> chosen = individual.isEmpty()
                        ? Arbitraries.just(List.of())
                        : Arbitraries.frequencyOf(
                            Tuple.of(9, Arbitraries.subsetOf(individual).ofMinSize(1).ofMaxSize(2)
                                .map(set -> individual.stream().filter(set::contains).collect(Collectors.toList()))),
                            Tuple.of(1, Arbitraries.just(List.<Project>of())));
                    return chosen.flatMap(list -> {
                        List<Arbitrary<Participation>> enrolments = list.stream()
                            .map(p -> validParticipation(p.getId(), p.getPeriod(), p.getCohorts(), p.getSurveyQuestions(),
                                anonymous))
                            .collect(Collectors.toList());
                        Arbitrary<List<Participation>> participations = enrolments.isEmpty()
                            ? Arbitraries.just(List.of())
                            : Combinators.combine(enrolments).as(List::copyOf);
                        Optional<IntRange> ages = list.isEmpty()
                            ? Optional.empty() : Optional.of(list.get(0).getTargetGroup().getAgeRange());
                        return validParticipant(id, anonymous, participations, ages);
                    });
                }));
            }
            return Combinators.combine(each).as(List::copyOf);
        });
    }

    /** Any model object a document holds, valid or not: one of each generator above, for field-rule laws. */
    public static Arbitrary<Object> anyModelObjects() {
        return Arbitraries.oneOf(List.of(
            anyParties(), anyAssociations(), anyFundings(), anyCostKeys(), anyProjects(), anyTargetGroups(),
            anyGoals(), anyIndicators(), anyTargets(), anyBreakdowns(), anyBudgets(), anyBudgetLines(),
            anyResources(), anyExtents(), anyCohorts(), anyEsfs(), anyParticipantCounts(), anySurveyQuestions(),
            anyParticipants(), anyParticipations(), anyPeriods(), anyIntRanges()));
    }

    /** Documents whose every part may break field rules; references are not consistent. */
    public static Arbitrary<SamverkanDocument> anyDocuments() {
        return Combinators.combine(anyParties().list().ofMaxSize(4), anyAssociations().list().ofMaxSize(2),
                anyProjects().list().ofMaxSize(2), StructureArbitraries.anyGroups().list().ofMaxSize(2),
                anyParticipants().list().ofMaxSize(4))
            .as((parties, associations, projects, groups, participants) -> SamverkanDocument.builder()
                .parties(parties).associations(associations).projects(projects).structures(groups)
                .participants(participants).build());
    }

    /** Documents that are either valid or may break field rules. */
    public static Arbitrary<SamverkanDocument> documents() {
        return Arbitraries.oneOf(validDocuments(), anyDocuments());
    }
}

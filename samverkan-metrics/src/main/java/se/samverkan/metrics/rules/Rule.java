package se.samverkan.metrics.rules;

import se.samverkan.model.problem.Severity;
import se.samverkan.model.Labelled;

/**
 * A reporting rule (<i>rapporteringsregel</i>): a check across the objects of a document that the field
 * rules of the model cannot make on one object alone (docs/problems.md).
 *
 * <p>Each rule has a stable {@link #id() id} (the constant's name, which is also the {@code rule} of
 * the command-line tool's JSON output, docs/cli.md), a {@link #severity() severity} and a description
 * in Swedish and English ({@link #label(java.util.Locale)}). The constants are listed in the order of
 * docs/problems.md; findings at the same place come in this order.
 *
 * <p>Each constant's comment states how the rule reads the specification and where its findings
 * point. Pointers are JSON Pointers (RFC 6901) into the document's JSON form. Common to all rules:
 * <ul>
 *   <li>A unit (a party with a {@code parent}) counts as its top-most ancestor's type; the chain is
 *       followed through known parties only, and a cycle stops it at the last party not yet seen.</li>
 *   <li>Where an id occurs twice in a list of one kind, the first occurrence is the one referred to
 *       (the later ones are {@link #DUPLICATE_ID}); where a list of references names an id twice, the
 *       first mention counts and the later ones are only {@link #DUPLICATE_REFERENCE}.</li>
 *   <li>A reference that resolves to nothing is reported once, as {@link #UNKNOWN_REFERENCE}; the
 *       other rules skip it rather than report its consequences again.</li>
 *   <li>A disordered period or range (end before start, max below min) is a field rule of the model;
 *       the rules that compare with it skip it rather than report every date as outside.</li>
 *   <li>A participation registered in error (exit outcome {@code ERRONEOUS_REGISTRATION}) is not a
 *       real enrolment: it is skipped by the rules about participations' plausibility (period, age,
 *       contacts, overlap, re-enrolment, structural projects, cohort capacity), while the rules about
 *       the data's integrity (references, survey scales, end and outcome) still check it.</li>
 * </ul>
 */
public enum Rule implements Labelled {

    /**
     * An id refers to nothing in the document. Checked references and their pointers:
     * party ids at {@code /parties/i/parent}, {@code /associations/i/id}, {@code /associations/i/members/j},
     * {@code /associations/i/municipalKey/shares/j/party} (and {@code regionalKey}),
     * {@code /projects/i/owner}, {@code /projects/i/financiers/j}, {@code /projects/i/partners/j},
     * {@code /projects/i/targetGroup/municipalities/j}, {@code /projects/i/budget/lines/j/fundedBy}
     * (and {@code outcome}), {@code /projects/i/resources/j/party},
     * {@code /projects/i/resources/j/fundedBy/k/party}, {@code /structures/i/association},
     * {@code /structures/i/area/j}, {@code /structures/i/members/j/party},
     * {@code /structures/i/conveners/j/party} and {@code /structures/i/meetings/j/attending/k}; project ids
     * at {@code /participants/i/participations/j/project} and {@code /structures/i/conveners/j/financedBy};
     * cooperation group ids at {@code /structures/i/reportsTo}; cohort ids at
     * {@code /participants/i/participations/j/cohort}, which must name a cohort of the participation's
     * own project (not checked when that project is unknown); survey question ids at
     * {@code /projects/i/goals/j/indicator/question} and at each key of
     * {@code /participants/i/participations/j/survey}, checked only when the project declares
     * {@code surveyQuestions}.
     */
    UNKNOWN_REFERENCE(Severity.ERROR),

    /**
     * A survey answer lies outside its question's scale {@code min}..{@code max}, both inclusive.
     * Checked for answers to questions the participation's project declares (an answer to an unknown
     * question is {@link #UNKNOWN_REFERENCE}; a disordered scale is left to the field rule). Points at
     * {@code /participants/i/participations/j/survey/KEY}.
     * The message names the scale, never the answer.
     */
    SURVEY_ANSWER_OUT_OF_SCALE(Severity.ERROR),

    /**
     * Two objects of one kind share an id. Kinds: parties, associations, projects, cooperation groups and
     * participants across the document; goals, cohorts and survey questions within one project. Every occurrence
     * after the first is reported at its {@code id}, such as {@code /parties/3/id}; the message names
     * the first occurrence.
     */
    DUPLICATE_ID(Severity.ERROR),

    /**
     * A coordination association lacks one of the four members of Finsamlagen §3: Försäkringskassan,
     * Arbetsförmedlingen, a region, a municipality. Members count as their top-most ancestor's type;
     * unknown members count as nothing. One finding per association at
     * {@code /associations/i/members}, naming every missing type.
     */
    ASSOCIATION_MEMBERS_INCOMPLETE(Severity.ERROR),

    /**
     * The owner and partners of a project cover fewer than two distinct member types
     * (Försäkringskassan, Arbetsförmedlingen, region, municipality), each party counted as its top-most
     * ancestor's type; financiers do not count, nor do unknown parties. A coordination association
     * (a party of type {@code COORDINATION_ASSOCIATION}) as owner or partner counts as every member type
     * of its members when the document holds that association, and as all four types otherwise (by law a
     * förbund has all four). Points at {@code /projects/i/partners}.
     */
    PROJECT_TOO_FEW_PARTIES(Severity.ERROR),

    /**
     * A participation lies partly outside its project's period: its start before the project's start
     * or after its end (at {@code /participants/i/participations/j/start}), or its end after the
     * project's end (at {@code .../end}). An open end is not checked.
     */
    PARTICIPATION_OUTSIDE_PERIOD(Severity.WARNING),

    /**
     * The age at start ({@code start year − birth year}, docs/format.md) lies outside the target
     * group's age range. Skipped without a birth year. Points at the participation,
     * {@code /participants/i/participations/j}, since one participant may join several projects.
     */
    AGE_OUTSIDE_TARGET_GROUP(Severity.WARNING),

    /**
     * A participation's authority contacts at start are fewer than the target group's
     * {@code minAuthorityContacts}. Only member types count as authorities (Försäkringskassan,
     * Arbetsförmedlingen, region, municipality). Not checked for anonymous participants, who carry no
     * contacts. Points at {@code /participants/i/participations/j/authorityContacts}.
     */
    TOO_FEW_AUTHORITY_CONTACTS(Severity.WARNING),

    /**
     * A participation has an {@code end} but no {@code exitOutcome}. Points at the missing
     * {@code /participants/i/participations/j/exitOutcome}.
     */
    ENDED_WITHOUT_OUTCOME(Severity.ERROR),

    /**
     * A participation has an {@code exitOutcome} but no {@code end}. Points at
     * {@code /participants/i/participations/j/exitOutcome}, as the model's field rule does, so the
     * command-line tool reports it once.
     */
    OUTCOME_WITHOUT_END(Severity.ERROR),

    /**
     * One participant has two participations in one project whose periods share a day; participant
     * objects sharing an id are one person. An open end lasts to the end of time; an end before the start
     * counts as the start day. Taken in order of start (then document order: participant, then
     * participation), each participation that starts on or before the latest end of the earlier ones is
     * reported, at {@code /participants/i/participations/j}.
     */
    OVERLAPPING_PARTICIPATIONS(Severity.ERROR),

    /**
     * A participant enrols in the same project again without a documented {@code reenrolmentReason};
     * participant objects sharing an id are one person. Taken in order of start (then document order),
     * every participation after the first that does
     * not overlap an earlier one (an overlap is {@link #OVERLAPPING_PARTICIPATIONS}) needs a reason.
     * Points at the missing {@code /participants/i/participations/j/reenrolmentReason}.
     */
    REENROLMENT_WITHOUT_REASON(Severity.WARNING),

    /**
     * A person-level participation names a project that is {@code STRUCTURAL} or measured
     * {@code COUNT_ONLY}, which records no persons. Points at
     * {@code /participants/i/participations/j/project}.
     */
    PARTICIPANTS_IN_STRUCTURAL_PROJECT(Severity.WARNING),

    /**
     * A stated total of a budget or outcome differs from its lines, compared exactly to the öre: each
     * stated year total with the sum of that year's lines (zero when there are none), at
     * {@code /projects/i/budget/statedTotals/j}, and the stated grand total with the sum of all lines,
     * at {@code /projects/i/budget/statedGrandTotal} (likewise under {@code outcome}).
     */
    BUDGET_TOTAL_MISMATCH(Severity.ERROR),

    /**
     * A stated total of an expected table differs from its cells (docs/format.md): a row total with
     * the cells of its gender ({@code .../breakdown/rowTotals/j}), a column total with the cells of its
     * age band ({@code .../breakdown/columnTotals/j}), the grand total with all cells
     * ({@code .../breakdown/total}), under {@code /projects/i/goals/k}.
     */
    BREAKDOWN_TOTAL_MISMATCH(Severity.ERROR),

    /**
     * An age band of an expected table is not inside the target group's age range (both ends
     * inclusive). Points at {@code /projects/i/goals/k/breakdown/ageBands/j}.
     */
    BREAKDOWN_OUTSIDE_TARGET_AGE(Severity.WARNING),

    /**
     * A goal's own measurement period is not inside the project period. Points at
     * {@code /projects/i/goals/j/period}.
     */
    GOAL_PERIOD_OUTSIDE_PROJECT(Severity.WARNING),

    /**
     * A share goal ({@code EXIT_OUTCOME_SHARE}, {@code SURVEY_SHARE}) has a target value or upper bound
     * above 0 and at most 1: share targets are percent (0–100), so {@code 0.35} probably meant 35 %. Points
     * at {@code /projects/i/goals/j/target/value} or {@code …/target/upper}.
     */
    SHARE_TARGET_AS_FRACTION(Severity.WARNING),

    /**
     * A cohort's period lies partly outside the project period: its start before the project's start
     * or after its end ({@code /projects/i/cohorts/j/period/start}), or its end after the project's end
     * ({@code .../period/end}).
     */
    COHORT_OUTSIDE_PERIOD(Severity.WARNING),

    /**
     * Cohorts ordered by number do not have non-decreasing start dates. The cohort that breaks the
     * order is reported: one that starts before the latest start among the cohorts with the next lower
     * number, at {@code /projects/i/cohorts/j}. Cohorts sharing a number are not compared with each
     * other.
     */
    COHORT_SEQUENCE(Severity.WARNING),

    /**
     * More participations name a cohort than the maximum of its {@code plannedSize}. Participations
     * registered in error are not counted (docs/format.md: they are excluded from every count); every
     * other participation of the project naming the cohort's id is. Points at
     * {@code /projects/i/cohorts/j/plannedSize}.
     */
    COHORT_OVER_CAPACITY(Severity.WARNING),

    /**
     * The granted ESF support exceeds the ESF total budget. Points at
     * {@code /projects/i/esf/grantedSupport}.
     */
    ESF_SUPPORT_EXCEEDS_BUDGET(Severity.ERROR),

    /**
     * Shares do not sum to exactly 1: a resource's non-empty {@code fundedBy}
     * ({@code /projects/i/resources/j/fundedBy}), or the shares of an {@code AGREED} key, empty included
     * ({@code /associations/i/municipalKey/shares}, {@code .../regionalKey/shares}). The same pointers
     * as the model's field rule, so the command-line tool reports each once.
     */
    FUNDING_SHARES_NOT_WHOLE(Severity.ERROR),

    /**
     * A förbund's key cannot be computed (Finsamlagen §5), checked once per förbund whether or not it
     * records funding. The members a key applies to are the förbund's municipalities (for
     * {@code municipalKey}) or regions ({@code regionalKey}), units counted as their top-most ancestor's
     * type and a member named twice once; a type without members is left to
     * {@link #ASSOCIATION_MEMBERS_INCOMPLETE}. A {@code POPULATION} key over two or more such members needs
     * each one's {@code population} (a member without it is reported at {@code /associations/i/members/j})
     * and at least one population above 0 (else reported at {@code .../municipalKey}); a single member
     * takes the whole quarter and needs neither. An {@code AGREED} key must list every such member exactly
     * once: missing members are reported together at {@code .../municipalKey/shares}, a member listed
     * again and a known party that is no such member at {@code .../shares/j/party}. A second (third…)
     * member counting as Försäkringskassan leaves the state half without a single payer: reported at
     * {@code /associations/i/members/j}. The cost-sharing metrics compute a key exactly when this rule and
     * the rules on the members ({@link #UNKNOWN_REFERENCE}, {@link #ASSOCIATION_MEMBERS_INCOMPLETE}) and
     * shares ({@link #FUNDING_SHARES_NOT_WHOLE}) find nothing in it.
     */
    KEY_INCOMPLETE(Severity.ERROR),

    /**
     * A list of party references names the same id twice: a förbund's {@code members}, a project's
     * {@code financiers} or {@code partners}, its {@code targetGroup}'s {@code municipalities}, or a
     * cooperation group's {@code members} or {@code area}. Each later mention is reported at its place,
     * such as {@code /projects/i/financiers/j} or {@code /structures/i/members/j/party}, naming the first;
     * every rule and metric counts the party once (two mentions of one financier are one financier; a
     * party listed twice in a group keeps the role of its first entry).
     */
    DUPLICATE_REFERENCE(Severity.WARNING),

    /**
     * A budget or outcome line has no {@code fundedBy} while its project has other than exactly one
     * distinct financier, so the line's funder cannot be known; one finding per such line. The financing
     * metrics attribute every other line to its funder. Points at the missing
     * {@code /projects/i/budget/lines/j/fundedBy} (or under {@code outcome}).
     */
    AMBIGUOUS_FUNDER(Severity.ERROR),

    /**
     * Following {@code reportsTo} from a cooperation group comes back to it (a group reporting to itself
     * included). One finding per group on the cycle, at {@code /structures/i/reportsTo}; a group that only
     * leads into a cycle gets none. An unknown {@code reportsTo} ends the chain (it is
     * {@link #UNKNOWN_REFERENCE}).
     */
    STRUCTURE_CYCLE(Severity.ERROR),

    /**
     * A convener of a cooperation group is not among the group's members, whatever their role. Points at
     * {@code /structures/i/conveners/j/party}; an unknown party is left to {@link #UNKNOWN_REFERENCE}.
     */
    CONVENER_NOT_MEMBER(Severity.ERROR),

    /**
     * Two convener periods of one cooperation group share at least one day (an open-ended period runs on
     * for ever). Each overlapping pair is reported at the {@code period} of the convener that starts later
     * (of two starting on the same day, the later in the list): {@code /structures/i/conveners/j/period};
     * a convener that overlaps several earlier ones gets one finding naming them all. A disordered period
     * is left to the field rule.
     */
    CONVENERS_OVERLAP(Severity.WARNING),

    /**
     * A {@code FIRST_LINE_MANAGERS} (Mysam) or {@code CASE_OFFICERS} (Trisam) group's members with role
     * {@code MEMBER} or {@code ADJUNCT} do not cover Försäkringskassan, Arbetsförmedlingen, a region and a
     * municipality, each counted as its top-most ancestor's type; guests and unknown parties count as
     * nothing. One finding per group at {@code /structures/i/members}, naming every missing type.
     */
    GROUP_MISSING_MEMBER_TYPE(Severity.WARNING),

    /**
     * A cooperation group's area names a party that is not a member of the group's association (nor a
     * unit under one). Points at {@code /structures/i/area/j}; not checked when the group has no
     * association or its association is not in the document, nor for an unknown party.
     */
    AREA_OUTSIDE_ASSOCIATION(Severity.WARNING),

    /**
     * A group that records meetings held fewer than {@code meetingsPerYear} in a calendar year that lies
     * wholly inside its validity (from {@code validFrom}, else {@code decided}, else its first meeting, to
     * {@code validTo}) and ends on or before its association's default as-of date (the latest date written
     * in the association's groups, never the clock). One finding per group at {@code /structures/i/meetings},
     * its message naming each such year with the meetings held in it.
     */
    MEETINGS_BELOW_PLAN(Severity.WARNING);

    private final Severity severity;

    Rule(Severity severity) {
        this.severity = severity;
    }

    /**
     * The stable id of the rule, such as {@code COHORT_SEQUENCE}: the constant's name.
     *
     * @return the id, never null
     */
    public String id() {
        return name();
    }

    /**
     * How serious a finding of this rule is.
     *
     * @return the severity, never null
     */
    public Severity severity() {
        return severity;
    }

    /** The rule's description in Swedish, such as "Gruppstarterna börjar inte i nummerordning". */
    @Override
    public String swedishLabel() {
        return RuleTexts.SWEDISH.description(this);
    }

    /** The rule's description in English. */
    @Override
    public String englishLabel() {
        return RuleTexts.ENGLISH.description(this);
    }
}

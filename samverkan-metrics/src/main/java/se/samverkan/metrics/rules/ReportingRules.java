package se.samverkan.metrics.rules;

import java.util.List;
import java.util.Objects;
import se.samverkan.model.SamverkanDocument;

/**
 * The reporting rules (<i>rapporteringsregler</i>, docs/problems.md): the checks across the objects of a
 * document — references, duplicate ids, förbund members and keys, project parties, periods, ages,
 * enrolments, budget and table totals, cohorts, ESF, funders and cooperation structures — that the model's field rules cannot
 * make on one object alone. Every {@link Rule} is checked.
 *
 * <p>{@link #check(SamverkanDocument)} returns every {@link Finding} as a value and never throws on a
 * document the model can build, including one that breaks field rules (disordered periods and ranges,
 * dangling references, duplicate ids, empty lists): rules that depend on a broken field skip it rather
 * than fail. Findings come in document order of their pointers, then in the order of {@link Rule}, so
 * the same document always gives the same list.
 *
 * <p>The rules are independent of the model's validation ({@code SamverkanValidator}): the few rules a
 * field constraint also enforces ({@link Rule#FUNDING_SHARES_NOT_WHOLE}, {@link Rule#OUTCOME_WITHOUT_END})
 * report at the same pointer under the same id, so a caller that runs both can report each problem once.
 *
 * <p>Cost: the document is indexed once (maps by id) and each rule is linear in the document's size
 * (a person's own participations are sorted), so documents with hundreds of thousands of participants
 * are checked in one pass over them. A document too large to hold is checked as a stream with
 * {@link #accumulator(SamverkanDocument)}, with the same result.
 *
 * <p>Instances are immutable and thread-safe; create one and reuse it.
 */
public final class ReportingRules {

    /** The checks of the header: parties, associations and projects. Stateless, shared. */
    private static final List<Check> HEADER_CHECKS = List.of(
        new ReferenceCheck(),
        new DuplicateIdCheck(),
        new DuplicateReferenceCheck(),
        new AssociationMembersCheck(),
        new ProjectPartiesCheck(),
        new BudgetTotalsCheck(),
        new BreakdownCheck(),
        new ProjectPeriodCheck(),
        new ShareTargetCheck(),
        new CohortSequenceCheck(),
        new EsfCheck(),
        new FundingSharesCheck(),
        new CostKeyCheck(),
        new FunderCheck(),
        new StructureReferenceCheck(),
        new StructureCycleCheck(),
        new ConvenerCheck(),
        new GroupMemberTypesCheck(),
        new AreaCheck(),
        new MeetingsBelowPlanCheck());

    private ReportingRules() {
    }

    /**
     * The reporting rules, all of them.
     *
     * @return the rules, never null
     */
    public static ReportingRules create() {
        return new ReportingRules();
    }

    /**
     * Checks every reporting rule on a document.
     *
     * @param document the document, not null
     * @return the findings in document order of their paths, then rule order; empty when the document
     *     breaks no rule; never null and unmodifiable
     * @throws NullPointerException if {@code document} is null
     */
    public List<Finding> check(SamverkanDocument document) {
        Objects.requireNonNull(document, "document");
        return accumulator(document).result();
    }

    /**
     * Starts checking a streamed document: the header's findings are made at once, then each participant
     * is checked as it is {@linkplain RuleAccumulator#accept accepted}. Whatever the point where the
     * document is split into header and streamed participants, the result equals
     * {@link #check(SamverkanDocument)} of the whole document.
     *
     * @param header the document's parties, associations and projects (and any participants already at
     *     hand, which are accepted first), not null
     * @return a new accumulator, never null
     * @throws NullPointerException if {@code header} is null
     */
    public RuleAccumulator accumulator(SamverkanDocument header) {
        Objects.requireNonNull(header, "header");
        List<ParticipantCheck> participantChecks = List.of(
            new ReferenceCheck(),
            new SurveyAnswerCheck(),
            new ParticipationCheck(),
            new EnrolmentHistoryCheck(),
            new CohortCapacityCheck());
        return new RuleAccumulator(header, HEADER_CHECKS, participantChecks);
    }
}

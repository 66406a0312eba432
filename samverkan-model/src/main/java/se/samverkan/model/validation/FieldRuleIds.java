package se.samverkan.model.validation;

import java.util.Map;

/**
 * The stable problem id of every field rule, by the message key its constraint reports: the one place
 * that names them ({@code docs/problems.md} lists them; a test checks that every key of the message
 * bundles has an id here). Message keys are an implementation detail and never reach a user as an id.
 * A constraint that enforces a reporting rule reports that rule's id, written in its key after
 * {@value #RULE_PREFIX}, so a problem has one id whichever layer finds it.
 */
final class FieldRuleIds {

    static final String RULE_PREFIX = "se.samverkan.rule.";

    private static final String OWN = "se.samverkan.validation.";
    private static final String JAKARTA = "jakarta.validation.constraints.";

    static final Map<String, String> IDS = Map.ofEntries(
        Map.entry(OWN + "Id.message", "INVALID_ID"),
        Map.entry(OWN + "MunicipalityCode.message", "INVALID_MUNICIPALITY_CODE"),
        Map.entry(OWN + "OrganisationNumber.message", "INVALID_ORGANISATION_NUMBER"),
        Map.entry(OWN + "NonNegative.message", "NEGATIVE_AMOUNT"),
        // The reader refuses the same amount as BAD_AMOUNT: one id whichever layer finds it.
        Map.entry(OWN + "StatedAmount.message", "BAD_AMOUNT"),
        Map.entry(OWN + "IntRangeWithin.atLeast", "OUT_OF_RANGE"),
        Map.entry(OWN + "IntRangeWithin.message", "OUT_OF_RANGE"),
        Map.entry(OWN + "DecimalMin.atLeast", "OUT_OF_RANGE"),
        Map.entry(OWN + "DecimalMin.above", "OUT_OF_RANGE"),
        Map.entry(OWN + "DecimalMax.atMost", "OUT_OF_RANGE"),
        Map.entry(OWN + "DecimalMax.below", "OUT_OF_RANGE"),
        Map.entry(OWN + "PeriodOrder.message", "END_BEFORE_START"),
        Map.entry(OWN + "EndNotBeforeStart.message", "END_BEFORE_START"),
        Map.entry(OWN + "RangeOrder.message", "RANGE_ORDER"),
        Map.entry(OWN + "ScaleOrder.message", "SCALE_ORDER"),
        Map.entry(OWN + "PopulationKeyShares.message", "POPULATION_KEY_WITH_SHARES"),
        Map.entry(OWN + "IndicatorComplete.message", "INDICATOR_INCOMPLETE"),
        Map.entry(OWN + "IndicatorComplete.missing", "INDICATOR_INCOMPLETE"),
        Map.entry(OWN + "IndicatorComplete.notApplicable", "INDICATOR_INCOMPLETE"),
        Map.entry(OWN + "BetweenUpper.message", "BETWEEN_UPPER"),
        Map.entry(OWN + "BetweenUpper.missing", "BETWEEN_UPPER"),
        Map.entry(OWN + "BetweenUpper.notApplicable", "BETWEEN_UPPER"),
        Map.entry(OWN + "TargetInScale.message", "TARGET_OUT_OF_SCALE"),
        Map.entry(OWN + "TargetInScale.share", "TARGET_OUT_OF_SCALE"),
        Map.entry(OWN + "TargetInScale.count", "TARGET_OUT_OF_SCALE"),
        Map.entry(OWN + "CellsWithinBands.message", "CELL_OUTSIDE_BANDS"),
        Map.entry(OWN + "CellsWithinBands.duplicate", "DUPLICATE_CELL"),
        Map.entry(OWN + "ExactlyOneExtent.message", "EXTENT_NOT_EXACTLY_ONE"),
        Map.entry(OWN + "AnonymousWithoutPersonalData.message", "ANONYMOUS_WITH_PERSONAL_DATA"),
        Map.entry(OWN + "SchemaVersion.message", "UNSUPPORTED_SCHEMA_VERSION"),
        Map.entry(OWN + "Text.blank", "INVALID_TEXT"),
        Map.entry(OWN + "Text.tooLong", "INVALID_TEXT"),
        Map.entry(JAKARTA + "NotNull.message", "MISSING_VALUE"),
        Map.entry(JAKARTA + "Min.message", "OUT_OF_RANGE"),
        Map.entry(JAKARTA + "Max.message", "OUT_OF_RANGE"),
        Map.entry(JAKARTA + "Positive.message", "OUT_OF_RANGE"),
        Map.entry(JAKARTA + "PositiveOrZero.message", "OUT_OF_RANGE"),
        Map.entry(JAKARTA + "DecimalMin.message", "OUT_OF_RANGE"),
        Map.entry(JAKARTA + "DecimalMax.message", "OUT_OF_RANGE"),
        Map.entry(JAKARTA + "Pattern.message", "INVALID_FORMAT"));

    private FieldRuleIds() {
    }

    /**
     * The id of a message key; {@code INVALID_VALUE} for a key without one (a test keeps every key of the
     * model's message bundles in {@link #IDS}, so only a foreign constraint can get it).
     */
    static String id(String messageKey) {
        if (messageKey.startsWith(RULE_PREFIX)) {
            return messageKey.substring(RULE_PREFIX.length());
        }
        return IDS.getOrDefault(messageKey, "INVALID_VALUE");
    }
}

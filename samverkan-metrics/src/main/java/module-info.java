/**
 * The metrics of samverkan documents (docs/problems.md): participant summaries, goal attainment
 * (<i>måluppfyllelse</i>), income transitions, cost sharing (<i>kostnadsfördelning</i>) by the förbund
 * key, reporting rules, disclosure control and the national follow-up (<i>Uppföljning Finsam</i>).
 */
module se.samverkan.metrics {
    requires static org.jspecify;
    requires static org.immutables.value.annotations;
    requires transitive se.samverkan.model;

    exports se.samverkan.metrics;
    exports se.samverkan.metrics.costs;
    exports se.samverkan.metrics.disclosure;
    exports se.samverkan.metrics.followup;
    exports se.samverkan.metrics.goals;
    exports se.samverkan.metrics.income;
    exports se.samverkan.metrics.participants;
    exports se.samverkan.metrics.rules;
    exports se.samverkan.metrics.series;
    exports se.samverkan.metrics.structures;
    exports se.samverkan.metrics.valuation;
}

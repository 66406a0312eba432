/**
 * Participant metrics of interventions (<i>insatser</i>, DOMAIN.md §4): the measurement scope and
 * window, and the {@link se.samverkan.metrics.ProjectMetrics} facade that computes each project's
 * participant summary, goal attainment and income transitions in one streaming pass.
 */
package se.samverkan.metrics;

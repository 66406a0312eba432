/**
 * The participant summary (<i>deltagarsammanställning</i>, DOMAIN.md §4): started, ended, ongoing and
 * distinct participants, by gender, age band, exit outcome and report group, and durations.
 */
package se.samverkan.metrics.participants;

/**
 * The participant summary (<i>deltagarsammanställning</i>, docs/metrics.md): started, ended, ongoing and
 * distinct participants, by gender, age band, exit outcome and report group, and durations.
 */
@NullMarked
package se.samverkan.metrics.participants;

import org.jspecify.annotations.NullMarked;

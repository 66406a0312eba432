/**
 * Income transitions (<i>förändrad försörjning</i>, DOMAIN.md §4): public support at the start and end
 * of ended participations.
 */
package se.samverkan.metrics.income;

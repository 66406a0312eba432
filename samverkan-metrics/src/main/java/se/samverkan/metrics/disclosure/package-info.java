/**
 * Disclosure control (<i>röjandekontroll</i>, DOMAIN.md §4) of published count tables: small counts
 * hidden, with secondary suppression so that totals cannot reveal them.
 */
package se.samverkan.metrics.disclosure;

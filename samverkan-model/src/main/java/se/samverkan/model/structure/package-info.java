/**
 * Cooperation structures (<i>samverkansstruktur</i>): the standing groups through which a
 * coordination association's parties work together beside the interventions it finances — a county
 * leadership (<i>länsledning</i>), management groups, first-line managers' groups (<i>Mysam</i>) and case
 * officers' groups (<i>Trisam</i>) — with their members, conveners, planned cadence and held meetings.
 */
@ValueStyle
@NullMarked
package se.samverkan.model.structure;

import org.jspecify.annotations.NullMarked;

import se.samverkan.model.internal.ValueStyle;

/**
 * Parties (<i>parter, aktörer</i>): the authorities, regions, municipalities and other organisations that
 * take part in <i>samverkan</i>, and their organisational units.
 */
@ValueStyle
package se.samverkan.model.party;

import se.samverkan.model.internal.ValueStyle;

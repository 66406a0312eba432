/**
 * Parties (<i>parter, aktörer</i>): the authorities, regions, municipalities and other organisations that
 * take part in <i>samverkan</i>, and their organisational units.
 */
@ValueStyle
@NullMarked
package se.samverkan.model.party;

import org.jspecify.annotations.NullMarked;

import se.samverkan.model.internal.ValueStyle;

/**
 * Participants (<i>deltagare</i>) and their participations (<i>deltaganden</i>), with the categories
 * follow-up uses: gender, education, income sources and exit outcomes.
 */
@ValueStyle
@NullMarked
package se.samverkan.model.participant;

import org.jspecify.annotations.NullMarked;

import se.samverkan.model.internal.ValueStyle;

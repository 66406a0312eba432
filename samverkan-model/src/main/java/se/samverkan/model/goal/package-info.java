/**
 * Goals (<i>mål</i>) of an intervention: indicator, target, baseline and expected tables
 * (<i>förväntat antal</i>).
 */
@ValueStyle
@NullMarked
package se.samverkan.model.goal;

import org.jspecify.annotations.NullMarked;

import se.samverkan.model.internal.ValueStyle;

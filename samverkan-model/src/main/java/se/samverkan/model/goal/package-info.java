/**
 * Goals (<i>mål</i>) of an intervention: indicator, target, baseline and expected tables
 * (<i>förväntat antal</i>).
 */
@ValueStyle
package se.samverkan.model.goal;

import se.samverkan.model.internal.ValueStyle;

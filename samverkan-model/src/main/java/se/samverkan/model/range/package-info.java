/**
 * Closed integer ranges: age ranges, group sizes and planned participant numbers.
 */
@ValueStyle
package se.samverkan.model.range;

import se.samverkan.model.internal.ValueStyle;

/**
 * Closed integer ranges: age ranges, group sizes and planned participant numbers.
 */
@ValueStyle
@NullMarked
package se.samverkan.model.range;

import org.jspecify.annotations.NullMarked;

import se.samverkan.model.internal.ValueStyle;

/**
 * Time: closed date periods (<i>perioder</i>).
 */
@ValueStyle
@NullMarked
package se.samverkan.model.time;

import org.jspecify.annotations.NullMarked;

import se.samverkan.model.internal.ValueStyle;

/**
 * Budgets and outcomes (<i>budget, utfall</i>) of an intervention, line by line.
 */
@ValueStyle
@NullMarked
package se.samverkan.model.budget;

import org.jspecify.annotations.NullMarked;

import se.samverkan.model.internal.ValueStyle;

/**
 * Budgets and outcomes (<i>budget, utfall</i>) of an intervention, line by line.
 */
@ValueStyle
package se.samverkan.model.budget;

import se.samverkan.model.internal.ValueStyle;

/**
 * Time: closed date periods (<i>perioder</i>).
 */
@ValueStyle
package se.samverkan.model.time;

import se.samverkan.model.internal.ValueStyle;

/**
 * Exact money in Swedish kronor (<i>belopp</i>) and exact shares (<i>andelar</i>). No floating point.
 */
@NullMarked
package se.samverkan.model.money;

import org.jspecify.annotations.NullMarked;

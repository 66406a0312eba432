/**
 * Exact money in Swedish kronor (<i>belopp</i>) and exact shares (<i>andelar</i>). No floating point.
 */
package se.samverkan.model.money;

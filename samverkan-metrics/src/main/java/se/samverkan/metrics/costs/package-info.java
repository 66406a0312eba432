/**
 * Cost sharing (<i>kostnadsfördelning</i>, docs/metrics.md): the förbund key that splits a
 * samordningsförbund's funds among its members (Finsamlagen §5), the financing of an insats by year,
 * category and funder, the attribution of its costs to the parties that really bear them, the ESF
 * split and unit costs. Entry point: {@link se.samverkan.metrics.costs.CostSharing}; every split goes
 * through {@link se.samverkan.metrics.costs.LargestRemainder}, so money is exact to the öre.
 */
@NullMarked
package se.samverkan.metrics.costs;

import org.jspecify.annotations.NullMarked;

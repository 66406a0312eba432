/**
 * Coordination associations (<i>samordningsförbund</i>, Finsamlagen 2003:1210): members, yearly funding
 * and the keys that split the members' contributions.
 */
@ValueStyle
@NullMarked
package se.samverkan.model.association;

import org.jspecify.annotations.NullMarked;

import se.samverkan.model.internal.ValueStyle;

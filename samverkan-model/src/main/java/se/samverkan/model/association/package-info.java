/**
 * Coordination associations (<i>samordningsförbund</i>, Finsamlagen 2003:1210): members, yearly funding
 * and the keys that split the members' contributions.
 */
@ValueStyle
package se.samverkan.model.association;

import se.samverkan.model.internal.ValueStyle;

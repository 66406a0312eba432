/**
 * The national follow-up export (<i>Uppföljning Finsam</i>, docs/metrics.md): per samordningsförbund and
 * year, allocated funds per member, equity, administration budget and outcome, and per insats its
 * orientation, budget, outcome, budgeted participants and participants by sex. Entry point:
 * {@link se.samverkan.metrics.followup.NationalFollowUp}.
 */
@NullMarked
package se.samverkan.metrics.followup;

import org.jspecify.annotations.NullMarked;

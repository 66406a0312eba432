/**
 * Interventions (<i>insatser</i>): projects, processes and pre-studies with their target group, cohorts,
 * resources in kind, ESF+ metadata and survey questions.
 */
@ValueStyle
@NullMarked
package se.samverkan.model.project;

import org.jspecify.annotations.NullMarked;

import se.samverkan.model.internal.ValueStyle;

/**
 * Reporting rules (<i>rapporteringsregler</i>, docs/problems.md): checks across the objects of a samverkan
 * document that the model's field rules cannot make on one object alone.
 *
 * <p>Entry point: {@link se.samverkan.metrics.rules.ReportingRules}. Each
 * {@link se.samverkan.metrics.rules.Finding} names its {@link se.samverkan.metrics.rules.Rule} (a stable
 * id), its {@link se.samverkan.model.problem.Severity}, a JSON Pointer into the document and a message in
 * Swedish and English. Texts live in the {@code RuleMessages} bundles of this package.
 */
@NullMarked
package se.samverkan.metrics.rules;

import org.jspecify.annotations.NullMarked;

/**
 * The samverkan command-line tool (<i>kommandoradsverktyget</i>, docs/cli.md):
 * {@link se.samverkan.cli.SamverkanCli} with the commands {@code validate}, {@code metrics},
 * {@code report}, {@code followup}, {@code import}, {@code schema} and {@code value}, one picocli
 * {@code @Command} class each. Everything else in the package is its implementation.
 */
package se.samverkan.cli;

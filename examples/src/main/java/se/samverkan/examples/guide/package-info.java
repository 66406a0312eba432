/**
 * The examples of the Java guide ({@code docs/java.md}), one class per job: building a förbund and an
 * insats in code, reading and checking a document, measuring it, costs and the förbund key, the national
 * follow-up, the published view, the valuation, cooperation-group figures, streaming a large document and
 * writing JSON. The guide shows their code verbatim (a test compares the two), and each class's test runs
 * it on the sample documents in {@code examples/data}.
 */
package se.samverkan.examples.guide;

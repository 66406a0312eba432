/**
 * Runnable examples of the samverkan library for developers at a förbund or its IT supplier: building
 * and validating a project in code, reading a JSON document, goal attainment, cost sharing with the
 * förbund key, streaming a large file. Each example has a {@code main} method and a static method that
 * returns its result, so that the examples' own tests keep them working.
 */
package se.samverkan.examples;

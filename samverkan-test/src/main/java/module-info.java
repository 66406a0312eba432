/**
 * Test support for applications that use samverkan: AssertJ assertions over documents and their problems.
 */
module se.samverkan.test {
    requires static org.jspecify;
    requires static org.immutables.value.annotations;
    requires transitive se.samverkan.json;
    requires transitive se.samverkan.metrics;
    requires transitive org.assertj.core;

    exports se.samverkan.test;
}

/**
 * Test support (<i>teststöd</i>) for applications that use samverkan: AssertJ assertions that check a
 * document — reading problems, field rules and reporting rules — and name each problem by its stable id and
 * JSON Pointer. Start from {@link se.samverkan.test.SamverkanAssertions}.
 */
@NullMarked
package se.samverkan.test;

import org.jspecify.annotations.NullMarked;

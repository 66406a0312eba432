package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper: the one problem a read reports, failing the test if it reports none, several or another failure. */
final class OnlyProblem {

    private OnlyProblem() {
    }

    /**
     * The only problem of {@code read}.
     *
     * @param read a call that must throw a {@link SamverkanJsonException} with exactly one problem
     * @return that problem
     */
    static JsonProblem of(ThrowingCallable read) {
        try {
            read.call();
        } catch (SamverkanJsonException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        } catch (Throwable e) {
            throw new AssertionError("not a problem in the text: " + e, e);
        }
        throw new AssertionError("accepted");
    }
}

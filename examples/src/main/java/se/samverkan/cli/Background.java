package se.samverkan.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A value built on a second thread while the command does other work, so that two slow starts (reading
 * the document, building the model's validator) overlap instead of adding up. The thread is a daemon: a
 * run that ends early (an unreadable document) does not wait for it.
 */
final class Background<T> {

    private final FutureTask<T> task;

    private Background(Callable<T> work, String name) {
        this.task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts building the value now. */
    static <T> Background<T> start(String name, Callable<T> work) {
        return new Background<>(work, name);
    }

    /**
     * The value, waiting for it if it is not ready; what building it threw is thrown here.
     *
     * @throws IllegalStateException when the waiting thread is interrupted, or the work threw a checked exception
     */
    T get() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}

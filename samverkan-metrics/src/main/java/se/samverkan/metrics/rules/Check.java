package se.samverkan.metrics.rules;

/**
 * One or a few closely related reporting rules, run over an indexed document. Implementations are
 * stateless and never throw on a document the model can build.
 */
interface Check {

    /** Reports every finding of this check's rules in the indexed document. */
    void run(DocumentIndex index, Findings findings);
}

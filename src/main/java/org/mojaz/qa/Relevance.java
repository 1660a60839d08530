package org.mojaz.qa;

/**
 * The bar a passage must clear to be given as an answer: it covers at least {@code minCoverage} of what the
 * question asks about and, for a date or a number, holds one.
 */
public record Relevance(double minCoverage) {
    public Relevance {
        if (minCoverage <= 0 || minCoverage > 1) {
            throw new IllegalArgumentException("minCoverage must be in (0, 1], was " + minCoverage);
        }
    }

    public boolean answers(Evidence e, AnswerType expected) {
        return e.coverage() >= minCoverage && (e.typed() || !expected.strict());
    }
}

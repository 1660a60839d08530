package org.mojaz.qa;

import java.util.List;

/**
 * What retrieval found for one question.
 *
 * @param query          the question as read
 * @param evidence       passages best first, near-duplicates merged
 * @param articlesInScope how many of the chat's articles were searched (0: the chat has none in the window)
 */
public record Retrieval(Query query, List<Evidence> evidence, int articlesInScope) {
    public Retrieval {
        evidence = List.copyOf(evidence);
    }
}

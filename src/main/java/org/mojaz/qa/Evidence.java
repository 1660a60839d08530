package org.mojaz.qa;

import org.mojaz.store.PassageHit;
import org.mojaz.store.StoredArticle;

/**
 * A passage retrieved for a question, with what the ranking saw in it.
 *
 * @param passage  the passage
 * @param article  the article it belongs to, as this chat holds it
 * @param score    the final ranking score (higher is better)
 * @param coverage share of the question's groups the passage (or, at a discount, its neighbours) holds, 0..1
 * @param typed    true when it holds the kind of answer the question expects (always true for no kind)
 */
public record Evidence(PassageHit passage, StoredArticle article, double score, double coverage, boolean typed) {
}

package org.mojaz.store;

import java.util.List;

/**
 * A passage found for a question.
 *
 * @param passageId its row id
 * @param articleId the article it belongs to
 * @param position  its place among the article's sentences
 * @param text      the sentence as written
 * @param terms     its matching terms
 * @param context   the matching terms of its neighbours and of the article's title
 * @param score     BM25 relevance, higher is better
 */
public record PassageHit(long passageId, long articleId, int position, String text, List<String> terms,
                         List<String> context, double score) {
    public PassageHit {
        terms = List.copyOf(terms);
        context = List.copyOf(context);
    }
}

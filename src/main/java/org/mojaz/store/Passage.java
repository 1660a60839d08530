package org.mojaz.store;

import java.util.List;

/**
 * One sentence of an article as the passage index holds it.
 *
 * @param position its place among the article's sentences, from 0
 * @param text     the sentence as written
 * @param terms    its matching terms (made by the text package: normalised, stemmed)
 * @param context  the matching terms of its neighbours, one sentence either side
 */
public record Passage(int position, String text, List<String> terms, List<String> context) {
    public Passage {
        terms = List.copyOf(terms);
        context = List.copyOf(context);
    }
}

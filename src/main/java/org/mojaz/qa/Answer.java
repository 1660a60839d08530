package org.mojaz.qa;

import java.util.List;

/**
 * An answer to a question about the chat's articles.
 *
 * @param text      the answer in the question's language (an extractive answer quotes passages as written),
 *                  with citation marks [1], [2]
 * @param citations the passages it cites, in number order; empty when nothing was found
 * @param engine    {@code extractive} or {@code llm:<provider>/<model>}
 * @param found     false when the articles do not hold the answer (the text says so)
 * @param notice    a short note such as "the model timed out", or null
 */
public record Answer(String text, List<Citation> citations, String engine, boolean found, String notice) {
    public Answer {
        citations = List.copyOf(citations);
    }

    public Answer withNotice(String note) {
        return new Answer(text, citations, engine, found, note);
    }
}

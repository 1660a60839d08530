package org.mojaz.summary;

import org.mojaz.core.Article;

/** Turns an article into a Digest. Implementations: extractive, LLM, and the fallback chain of both. */
public interface Summarizer {
    Digest summarize(Article article);

    /**
     * The same, on behalf of one chat, so per-chat model budgets apply. Engines that do not care about the chat
     * need not override it.
     */
    default Digest summarize(Article article, long chatId) {
        return summarize(article);
    }
}

package org.mojaz.summary;

import org.mojaz.ingest.Article;

/** Turns an article into a Digest. Implementations: extractive, LLM, and the fallback chain of both. */
public interface Summarizer {
    Digest summarize(Article article);
}

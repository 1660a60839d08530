package org.mojaz.summary;

import java.util.function.Supplier;
import org.mojaz.core.Article;
import org.mojaz.llm.ModelUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user always gets a reply: the primary engine (the LLM, usually behind the cache) answers when it can; when it
 * throws - time-out, 429, 5xx, connection failure, invalid output twice, budget reached, breaker open, or any
 * other failure - the fallback engine (extractive) answers instead, with {@link Digest#notice()} set to the short
 * reason ("the model timed out").
 */
public final class FallbackSummarizer implements Summarizer {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackSummarizer.class);
    static final String UNKNOWN_FAILURE = "the model failed · أخفق النموذج";

    private final Summarizer primary;
    private final Summarizer fallback;

    public FallbackSummarizer(Summarizer primary, Summarizer fallback) {
        if (primary == null || fallback == null) {
            throw new IllegalArgumentException("primary and fallback must not be null");
        }
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public Digest summarize(Article article) {
        return withFallback(() -> primary.summarize(article), () -> fallback.summarize(article));
    }

    @Override
    public Digest summarize(Article article, long chatId) {
        return withFallback(() -> primary.summarize(article, chatId), () -> fallback.summarize(article, chatId));
    }

    private static Digest withFallback(Supplier<Digest> first, Supplier<Digest> second) {
        try {
            return first.get();
        } catch (ModelUnavailableException e) {
            LOG.info("falling back to the second engine reason={}", e.reason());
            return second.get().withNotice(e.reason().notice());
        } catch (RuntimeException e) {
            LOG.warn("primary engine failed unexpectedly, falling back error={}", e.getClass().getName());
            return second.get().withNotice(UNKNOWN_FAILURE);
        }
    }
}

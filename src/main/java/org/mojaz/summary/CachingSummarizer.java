package org.mojaz.summary;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.mojaz.core.Article;
import org.mojaz.llm.DailyBudget;
import org.mojaz.store.LlmCallLog;
import org.mojaz.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cost control in front of the LLM engine. A digest is cached by (content hash, engine with model, prompt version)
 * in the {@code digests} table, so an article already briefed - for anyone - costs no call. Before a new call the
 * per-chat and global daily caps are checked (counted in {@code llm_calls}, UTC days); over a cap it throws
 * {@link org.mojaz.llm.ModelUnavailableException} with {@code OVER_BUDGET}, which the {@link FallbackSummarizer} turns into an
 * extractive digest with the note "daily model budget reached". The caps are checked before every call, so a repair
 * call never passes them either. Every call is logged with its token counts.
 */
public final class CachingSummarizer implements Summarizer {
    private static final Logger LOG = LoggerFactory.getLogger(CachingSummarizer.class);

    private final LlmSummarizer llm;
    private final Store store;
    private final LlmCallLog calls;
    private final DailyBudget budget;
    private final AtomicLong cacheHits = new AtomicLong();
    private final AtomicLong callsMade = new AtomicLong();
    /** The same new article asked for twice at once costs one call: requests for one content hash take turns. */
    private final Object[] stripes = new Object[64];

    /** @param budget the daily caps shared by every user of the model, counted in {@code calls} */
    public CachingSummarizer(LlmSummarizer llm, Store store, LlmCallLog calls, DailyBudget budget) {
        this.llm = llm;
        this.store = store;
        this.calls = calls;
        this.budget = budget;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    /** Not on behalf of a chat (feed briefings): only the global cap applies. */
    @Override
    public Digest summarize(Article article) {
        return summarize(article, (Long) null);
    }

    @Override
    public Digest summarize(Article article, long chatId) {
        return summarize(article, Long.valueOf(chatId));
    }

    /** Digests served from the cache since start. */
    public long cacheHits() {
        return cacheHits.get();
    }

    /** Model calls made since start (a repair counts as a second call). */
    public long callsMade() {
        return callsMade.get();
    }

    private Digest summarize(Article article, Long chatId) {
        synchronized (stripes[Math.floorMod(article.contentHash().hashCode(), stripes.length)]) {
            return cachedOrNew(article, chatId);
        }
    }

    private Digest cachedOrNew(Article article, Long chatId) {
        Optional<Digest> cached = store.digestJson(article.contentHash(), llm.engine(), llm.promptVersion())
                .flatMap(CachingSummarizer::readable);
        String id = article.contentHash().substring(0, Math.min(12, article.contentHash().length()));
        if (cached.isPresent()) {
            LOG.info("digest cache hit article={} model calls=0 (totals: calls={} hits={})", id, callsMade.get(),
                    cacheHits.incrementAndGet());
            return cached.get();
        }
        int[] usage = new int[3]; // input tokens, output tokens, model calls for this article
        Digest digest = llm.summarize(article, new CallRecorder() {
            @Override
            public void beforeCall() {
                budget.check(chatId);
            }

            @Override
            public void record(String outcome, Integer in, Integer out) {
                callsMade.incrementAndGet();
                usage[2]++;
                calls.record(chatId, llm.engine(), outcome, in, out);
                usage[0] += in == null ? 0 : in;
                usage[1] += out == null ? 0 : out;
            }
        });
        store.saveDigest(article.contentHash(), llm.engine(), llm.promptVersion(), DigestJson.write(digest.withNotice(null)),
                usage[0], usage[1]);
        LOG.info("digest new article={} model calls={} tokens in={} out={} (totals: calls={} hits={})", id,
                usage[2], usage[0], usage[1], callsMade.get(), cacheHits.get());
        return digest;
    }

    /** A cached digest, or empty when it was written by an older, incompatible version (it is then rewritten). */
    private static Optional<Digest> readable(String json) {
        try {
            return Optional.of(DigestJson.read(json));
        } catch (IllegalStateException e) {
            LOG.warn("cached digest unreadable, summarizing again");
            return Optional.empty();
        }
    }
}

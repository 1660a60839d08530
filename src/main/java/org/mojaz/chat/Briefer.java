package org.mojaz.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mojaz.core.Article;
import org.mojaz.store.Store;
import org.mojaz.store.StoredArticle;
import org.mojaz.summary.Digest;
import org.mojaz.summary.Summarizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Save and summarize, the one pipeline every transport uses (the chat, {@code mojaz summarize}, later the daily
 * briefing): the article is stored for the chat, then summarized on the chat's behalf so its daily model cap
 * applies. The last digests are kept in memory so a button press redraws without asking the summarizer again.
 */
public final class Briefer {
    private static final Logger LOG = LoggerFactory.getLogger(Briefer.class);
    private static final int DIGESTS_KEPT = 500;

    private final Summarizer summarizer;
    private final Store store;
    private final Map<String, Digest> digests = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Digest> eldest) {
            return size() > DIGESTS_KEPT;
        }
    });

    /** An article saved for a chat and its digest. */
    public record Briefed(StoredArticle stored, Digest digest) {
        /** False when the chat (or anyone, by content hash) had stored this article before. */
        public boolean isNew() {
            return stored.isNew();
        }
    }

    public Briefer(Summarizer summarizer, Store store) {
        this.summarizer = summarizer;
        this.store = store;
    }

    /**
     * Saves the article for the chat and summarizes it.
     *
     * @throws RuntimeException from the summarizer; the article stays saved
     */
    public Briefed brief(long chatId, Article article) {
        StoredArticle stored = store.saveArticle(chatId, article);
        Digest digest;
        try {
            digest = summarizer.summarize(article, chatId);
        } catch (RuntimeException e) {
            LOG.warn("chat {} article {}: summarizer failed: {}", chatId, stored.id(), e.getClass().getSimpleName());
            throw e;
        }
        digests.put(key(chatId, stored.id()), digest);
        return new Briefed(stored, digest);
    }

    /** Summarizes without saving and on behalf of no chat (only the global model cap applies). */
    public Digest summarize(Article article) {
        return summarizer.summarize(article);
    }

    /** The digest of an article the chat stored before: the one kept in memory, else summarized again. */
    Digest digestOf(long chatId, StoredArticle stored) {
        Digest digest = digests.get(key(chatId, stored.id()));
        if (digest == null) {
            digest = summarizer.summarize(stored.article(), chatId);
            digests.put(key(chatId, stored.id()), digest);
        }
        return digest;
    }

    /** Drops the chat's digests kept in memory (after /forget). */
    void forget(long chatId) {
        synchronized (digests) {
            digests.keySet().removeIf(k -> k.startsWith(chatId + ":"));
        }
    }

    private static String key(long chatId, long articleId) {
        return chatId + ":" + articleId;
    }
}

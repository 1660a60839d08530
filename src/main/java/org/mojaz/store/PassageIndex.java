package org.mojaz.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mojaz.core.Article;

/**
 * The passage index: the sentences of every stored article with their matching terms, found with SQLite FTS5
 * and ranked by BM25. This class is the only one that writes FTS5 syntax; the terms themselves are made outside
 * (by the text package), so the same rows could be searched with a PostgreSQL {@code tsvector} instead.
 * Every search takes a chat id and only sees that chat's articles.
 */
public final class PassageIndex {
    /** How much a term in a passage's neighbours (or the title) counts beside one in the sentence itself. */
    static final double CONTEXT_WEIGHT = 0.35;
    /** A typical passage's length in weighted terms (a sentence of ~15 terms and its context), for BM25. */
    private static final double AVERAGE_LENGTH = 30;

    private final Store store;

    public PassageIndex(Store store) {
        this.store = store;
    }

    /** An article whose passages are not indexed yet. */
    public record Unindexed(long articleId, Article article) {
    }

    /** Replaces the passages of one article. */
    public void index(long articleId, List<Passage> passages) {
        synchronized (store) {
            store.inTransaction(() -> {
                insert(articleId, passages);
                return null;
            });
        }
    }

    /** Called by the store inside its own transaction when an article is saved. */
    void insert(long articleId, List<Passage> passages) {
        store.update("DELETE FROM passages WHERE article_id = ?", articleId);
        for (Passage p : passages) {
            String terms = String.join(" ", p.terms());
            String context = String.join(" ", p.context());
            long id = store.insertReturningId("INSERT INTO passages (article_id, position, text, terms, context)"
                    + " VALUES (?, ?, ?, ?, ?)", articleId, p.position(), p.text(), terms, context);
            store.update("INSERT INTO passage_fts (rowid, terms, context, article) VALUES (?, ?, ?, ?)", id, terms,
                    context, articleToken(articleId));
        }
    }

    /** Stored articles after {@code afterId} that have no passages yet (stored before the index existed), by id. */
    public List<Unindexed> unindexed(long afterId, int limit) {
        synchronized (store) {
            return store.query("SELECT * FROM articles a WHERE a.id > ? AND NOT EXISTS (SELECT 1 FROM passages p WHERE"
                    + " p.article_id = a.id) ORDER BY a.id LIMIT ?", rs -> new Unindexed(rs.getLong("id"),
                    Store.article(rs)), afterId, limit);
        }
    }

    /** This chat's article ids added since {@code since}, newest first. */
    public List<Long> recentArticleIds(long chatId, Instant since, int limit) {
        synchronized (store) {
            return store.query("SELECT article_id FROM chat_articles WHERE chat_id = ? AND added_at >= ?"
                    + " ORDER BY added_at DESC, article_id DESC LIMIT ?", rs -> rs.getLong(1), chatId,
                    since.toString(), limit);
        }
    }

    /**
     * The best passages holding any of {@code terms}, among {@code articleIds} of this chat (ids the chat does not
     * hold are ignored), best first by BM25. FTS5 finds the passages (the article filter inside the index keeps the
     * work to this chat's articles); BM25 is computed here over our own terms, the sentence weighing 1 and its
     * neighbours {@link #CONTEXT_WEIGHT}, with document frequencies from the whole index - the same numbers any
     * other engine holding these terms would give.
     */
    public List<PassageHit> search(long chatId, Collection<Long> articleIds, Collection<String> terms, int limit) {
        Set<String> words = new LinkedHashSet<>();
        for (String t : terms) {
            if (t != null && !t.isBlank()) {
                words.add(t.strip());
            }
        }
        if (articleIds.isEmpty() || words.isEmpty()) {
            return List.of();
        }
        String match = "{terms context} : (" + anyOf(words) + ") AND article : (" + anyOf(articleTokens(articleIds))
                + ")";
        List<PassageHit> found;
        java.util.Map<String, Double> idf;
        synchronized (store) {
            found = store.query("SELECT p.id, p.article_id, p.position, p.text, p.terms, p.context, 0 AS rank"
                    + " FROM passages p WHERE p.id IN (SELECT rowid FROM passage_fts WHERE passage_fts MATCH ?)"
                    + " AND EXISTS (SELECT 1 FROM chat_articles ca WHERE ca.chat_id = ? AND ca.article_id = p.article_id)",
                    PassageIndex::hit, match, chatId);
            idf = rarity(words);
        }
        List<PassageHit> scored = new ArrayList<>(found.size());
        for (PassageHit h : found) {
            scored.add(new PassageHit(h.passageId(), h.articleId(), h.position(), h.text(), h.terms(), h.context(),
                    bm25(h, words, idf)));
        }
        scored.sort(java.util.Comparator.comparingDouble(PassageHit::score).reversed()
                .thenComparingLong(PassageHit::passageId));
        return List.copyOf(scored.subList(0, Math.min(limit, scored.size())));
    }

    /** Okapi BM25 (k1 1.2, b 0.75) of one passage: term frequency counts the sentence fully, its context partly. */
    private static double bm25(PassageHit h, Set<String> words, java.util.Map<String, Double> idf) {
        double length = h.terms().size() + CONTEXT_WEIGHT * h.context().size();
        double norm = 1.2 * (1 - 0.75 + 0.75 * length / AVERAGE_LENGTH);
        double score = 0;
        for (String w : words) {
            double tf = count(h.terms(), w) + CONTEXT_WEIGHT * count(h.context(), w);
            if (tf > 0) {
                score += idf.getOrDefault(w, 1.0) * tf * 2.2 / (tf + norm);
            }
        }
        return score;
    }

    private static int count(List<String> terms, String w) {
        int n = 0;
        for (String t : terms) {
            if (t.equals(w)) {
                n++;
            }
        }
        return n;
    }

    /** The passages of one of this chat's articles at positions {@code from..to} (inclusive), in order. */
    public List<PassageHit> passages(long chatId, long articleId, int from, int to) {
        synchronized (store) {
            return store.query("SELECT p.id, p.article_id, p.position, p.text, p.terms, p.context, 0 AS rank FROM passages p"
                    + " JOIN chat_articles ca ON ca.article_id = p.article_id WHERE ca.chat_id = ? AND p.article_id = ?"
                    + " AND p.position BETWEEN ? AND ? ORDER BY p.position", PassageIndex::hit, chatId, articleId,
                    from, to);
        }
    }

    /**
     * How rare each term is among all indexed passages: {@code ln(N / (df + 0.5))}; a term no passage holds is left
     * out. Counts are over the whole index (never shown to anyone), which keeps this one cheap lookup.
     */
    public java.util.Map<String, Double> rarity(Collection<String> terms) {
        java.util.Map<String, Double> out = new java.util.HashMap<>();
        Set<String> words = new LinkedHashSet<>(terms);
        if (words.isEmpty()) {
            return out;
        }
        synchronized (store) {
            double n = Math.max(1, store.queryOne("SELECT COALESCE(MAX(id), 0) FROM passages", rs -> rs.getLong(1))
                    .orElse(0L));
            java.util.Map<String, Long> df = new java.util.HashMap<>();
            String marks = String.join(", ", java.util.Collections.nCopies(words.size(), "?"));
            store.query("SELECT term, doc FROM passage_vocab WHERE term IN (" + marks + ")", rs -> {
                df.put(rs.getString(1), rs.getLong(2));
                return null;
            }, words.toArray());
            for (String w : words) {
                Long d = df.get(w);
                if (d != null) {
                    out.put(w, Math.log(Math.max(1.0, n / (d + 0.5))) + 0.1);
                }
            }
        }
        return out;
    }

    public int countPassages() {
        synchronized (store) {
            return store.queryOne("SELECT COUNT(*) FROM passages", rs -> rs.getInt(1)).orElse(0);
        }
    }

    private static PassageHit hit(ResultSet rs) throws SQLException {
        return new PassageHit(rs.getLong("id"), rs.getLong("article_id"), rs.getInt("position"), rs.getString("text"),
                split(rs.getString("terms")), split(rs.getString("context")), -rs.getDouble("rank"));
    }

    private static List<String> split(String terms) {
        return terms.isEmpty() ? List.of() : Arrays.asList(terms.split(" "));
    }

    private static List<String> articleTokens(Collection<Long> ids) {
        List<String> out = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            out.add(articleToken(id));
        }
        return out;
    }

    private static String articleToken(long articleId) {
        return "a" + articleId;
    }

    /** {@code "a" OR "b"}: each term as an FTS5 string, so no term is ever read as syntax. */
    private static String anyOf(Collection<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(out.length() == 0 ? "" : " OR ").append('"').append(w.replace("\"", "\"\"")).append('"');
        }
        return out.toString();
    }
}

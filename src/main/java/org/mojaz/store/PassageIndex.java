package org.mojaz.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mojaz.core.Article;

/**
 * The passage index: the sentences of every stored article with their matching terms, found with SQLite FTS5
 * and ranked by BM25. This class is the only one that writes FTS5 syntax; the terms themselves are made outside
 * (by the text package), so the same rows could be searched with a PostgreSQL {@code tsvector} instead.
 * <p>
 * The index holds one row per (chat, passage), kept in step by the database (migration V6): its row id is
 * {@code slot << 40 | passage id}, a slot being a small number per chat, so one chat's rows are one row id range.
 * Every search takes a chat id and reads only that range: no other chat's passage can come back, and the work is
 * this chat's matching rows, not the whole index's.
 */
public final class PassageIndex {
    /** How much a term in a passage's neighbours (or the title) counts beside one in the sentence itself. */
    static final double CONTEXT_WEIGHT = 0.35;
    /** A typical passage's length in weighted terms (a sentence of ~15 terms and its context), for BM25. */
    private static final double AVERAGE_LENGTH = 30;
    /** The row ids of one chat: {@code slot << SLOT_SHIFT | passage id}. */
    private static final int SLOT_SHIFT = 40;
    private static final long PASSAGE_MASK = (1L << SLOT_SHIFT) - 1;

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

    /**
     * Called by the store inside its own transaction when an article is saved. Triggers put the passages in the
     * index of every chat holding the article (and a chat that links it later gets them when it does).
     */
    void insert(long articleId, List<Passage> passages) {
        store.update("DELETE FROM passages WHERE article_id = ?", articleId);
        for (Passage p : passages) {
            store.update("INSERT INTO passages (article_id, position, text, terms, context) VALUES (?, ?, ?, ?, ?)",
                    articleId, p.position(), p.text(), joined(p.terms()), joined(p.context()));
        }
    }

    /** Terms as stored: space-separated, without control characters (the triggers split them as JSON strings). */
    private static String joined(List<String> terms) {
        StringBuilder out = new StringBuilder();
        for (String t : terms) {
            String term = t.codePoints().filter(c -> !Character.isISOControl(c) && !Character.isWhitespace(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (!term.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(term);
            }
        }
        return out.toString();
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
     * hold are ignored), best first by BM25. FTS5 finds the chat's matching rows (a row id range: this chat's only);
     * BM25 is computed here over our own terms, the sentence weighing 1 and its neighbours {@link #CONTEXT_WEIGHT},
     * with document frequencies from the whole index - the same numbers any other engine holding these terms would
     * give. Only the best {@code limit} passages' text is read.
     */
    public List<PassageHit> search(long chatId, Collection<Long> articleIds, Collection<String> terms, int limit) {
        Set<String> words = new LinkedHashSet<>();
        for (String t : terms) {
            if (t != null && !t.isBlank()) {
                words.add(t.strip());
            }
        }
        if (articleIds.isEmpty() || words.isEmpty() || limit <= 0) {
            return List.of();
        }
        Set<Long> scope = new HashSet<>(articleIds);
        synchronized (store) {
            Optional<Long> slot = slot(chatId);
            if (slot.isEmpty()) {
                return List.of();
            }
            long first = slot.get() << SLOT_SHIFT;
            List<Candidate> found = store.query("SELECT p.id, p.article_id, p.position, p.terms, p.context"
                    + " FROM chat_passage_fts f JOIN passages p ON p.id = (f.rowid & " + PASSAGE_MASK + ")"
                    + " WHERE chat_passage_fts MATCH ? AND f.rowid BETWEEN ? AND ?", Candidate::read,
                    "{terms context} : (" + anyOf(words) + ")", first, first | PASSAGE_MASK);
            Map<String, Double> idf = rarity(words);
            List<Candidate> scored = new ArrayList<>(found.size());
            for (Candidate c : found) {
                if (scope.contains(c.articleId())) {
                    scored.add(c.scored(bm25(c, words, idf)));
                }
            }
            scored.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingLong(Candidate::id));
            return withText(scored.subList(0, Math.min(limit, scored.size())));
        }
    }

    /** A passage found by the index, its terms still as stored (most are dropped once scored, never split). */
    private record Candidate(long id, long articleId, int position, String terms, String context, double score) {
        static Candidate read(ResultSet rs) throws SQLException {
            return new Candidate(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), 0);
        }

        Candidate scored(double bm25) {
            return new Candidate(id, articleId, position, terms, context, bm25);
        }

        PassageHit hit(String text) {
            return new PassageHit(id, articleId, position, text, split(terms), split(context), score);
        }
    }

    private Optional<Long> slot(long chatId) {
        return store.queryOne("SELECT slot FROM passage_slots WHERE chat_id = ?", rs -> rs.getLong(1), chatId);
    }

    /** The best candidates as hits, with their sentences read in one query. */
    private List<PassageHit> withText(List<Candidate> best) {
        if (best.isEmpty()) {
            return List.of();
        }
        Map<Long, String> text = new HashMap<>();
        String marks = String.join(", ", Collections.nCopies(best.size(), "?"));
        store.query("SELECT id, text FROM passages WHERE id IN (" + marks + ")", rs -> text.put(rs.getLong(1),
                rs.getString(2)), best.stream().map(Candidate::id).toArray());
        List<PassageHit> out = new ArrayList<>(best.size());
        for (Candidate c : best) {
            out.add(c.hit(text.get(c.id())));
        }
        return List.copyOf(out);
    }

    /** Okapi BM25 (k1 1.2, b 0.75) of one passage: term frequency counts the sentence fully, its context partly. */
    private static double bm25(Candidate c, Set<String> words, Map<String, Double> idf) {
        double length = length(c.terms()) + CONTEXT_WEIGHT * length(c.context());
        double norm = 1.2 * (1 - 0.75 + 0.75 * length / AVERAGE_LENGTH);
        double score = 0;
        for (String w : words) {
            double tf = count(c.terms(), w) + CONTEXT_WEIGHT * count(c.context(), w);
            if (tf > 0) {
                score += idf.getOrDefault(w, 1.0) * tf * 2.2 / (tf + norm);
            }
        }
        return score;
    }

    /** How many terms a space-separated list holds. */
    static int length(String terms) {
        if (terms.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = terms.indexOf(' '); i >= 0; i = terms.indexOf(' ', i + 1)) {
            n++;
        }
        return n;
    }

    /** How often {@code w} is one of the terms of a space-separated list (no list is made). */
    static int count(String terms, String w) {
        int n = 0;
        for (int i = terms.indexOf(w); i >= 0; i = terms.indexOf(w, i + 1)) {
            boolean starts = i == 0 || terms.charAt(i - 1) == ' ';
            int end = i + w.length();
            if (starts && (end == terms.length() || terms.charAt(end) == ' ')) {
                n++;
            }
        }
        return n;
    }

    /** The passages of one of this chat's articles at positions {@code from..to} (inclusive), in order. */
    public List<PassageHit> passages(long chatId, long articleId, int from, int to) {
        synchronized (store) {
            return store.query("SELECT p.id, p.article_id, p.position, p.text, p.terms, p.context FROM passages p"
                    + " JOIN chat_articles ca ON ca.article_id = p.article_id WHERE ca.chat_id = ? AND p.article_id = ?"
                    + " AND p.position BETWEEN ? AND ? ORDER BY p.position", PassageIndex::hit, chatId, articleId,
                    from, to);
        }
    }

    /**
     * How rare each term is among all indexed passages: {@code ln(N / (df + 0.5))}; a term no passage holds is left
     * out. Counts are over the whole index (never shown to anyone), kept per term by the database as passages come
     * and go, which makes this one cheap lookup.
     */
    public Map<String, Double> rarity(Collection<String> terms) {
        Map<String, Double> out = new HashMap<>();
        Set<String> words = new LinkedHashSet<>(terms);
        if (words.isEmpty()) {
            return out;
        }
        synchronized (store) {
            double n = Math.max(1, store.queryOne("SELECT COALESCE(MAX(id), 0) FROM passages", rs -> rs.getLong(1))
                    .orElse(0L));
            String marks = String.join(", ", Collections.nCopies(words.size(), "?"));
            store.query("SELECT term, doc FROM passage_terms WHERE term IN (" + marks + ")",
                    rs -> out.put(rs.getString(1), Math.log(Math.max(1.0, n / (rs.getLong(2) + 0.5))) + 0.1),
                    words.toArray());
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
                split(rs.getString("terms")), split(rs.getString("context")), 0);
    }

    private static List<String> split(String terms) {
        return terms.isEmpty() ? List.of() : Arrays.asList(terms.split(" "));
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

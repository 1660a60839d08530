package org.mojaz.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.mojaz.core.Article;
import org.mojaz.core.Language;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one place that speaks SQL. One SQLite file in WAL mode, schema by Flyway. Every query on user data takes
 * the chat id. A single connection is shared and calls are serialised, which is what SQLite does with writes anyway.
 */
public final class Store implements AutoCloseable {
    /** How long a statement waits for another process's write lock before SQLITE_BUSY. */
    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final Object MIGRATION = new Object();
    /** Page cache of the connection, in KiB (as a negative cache_size): the passage index's hot pages stay in it. */
    static final int CACHE_KIB = -32_000;
    /** Reads through a memory map instead of a read() per page (a question reads a few hundred scattered pages). */
    static final long MMAP_BYTES = 256L << 20;

    private final Connection connection;
    private final Clock clock;
    private volatile PassageMaker passageMaker;

    private Store(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Opens (creating when needed) the database file and brings its schema up to date. */
    public static Store open(Path file, Clock clock) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.setCacheSize(CACHE_KIB);
            config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(MMAP_BYTES));
            SQLiteDataSource ds = new SQLiteDataSource(config);
            ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
            migrate(ds, file);
            return new Store(ds.getConnection(), clock);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new StoreException("Cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Brings the schema up to date, one process and one thread at a time: a lock on a file beside the database
     * ({@code NAME.migration-lock}, kept) serialises processes started together on a fresh file, which would
     * otherwise all try to create the tables and fail with SQLITE_BUSY or "table exists"; the JVM-wide monitor
     * serialises threads, which a file lock does not. The first one migrates, the others find nothing to do.
     */
    private static void migrate(SQLiteDataSource ds, Path file) throws IOException {
        Path lockFile = file.toAbsolutePath().resolveSibling(file.getFileName() + ".migration-lock");
        synchronized (MIGRATION) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            }
        }
    }

    public static Store open(Path file) {
        return open(file, Clock.systemUTC());
    }

    // ---- chats ------------------------------------------------------------------------------------------------

    /** Creates the chat row on first contact; later calls refresh its kind. */
    public synchronized void ensureChat(long chatId, String kind) {
        String now = now();
        update("INSERT INTO chats (chat_id, kind, created_at, updated_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (chat_id) DO UPDATE SET kind = excluded.kind", chatId, kind, now, now);
    }

    /** Creates the chat row on first contact and leaves an existing one as it is. */
    void ensureChatExists(long chatId) {
        String now = now();
        update("INSERT INTO chats (chat_id, kind, created_at, updated_at) VALUES (?, 'private', ?, ?) "
                + "ON CONFLICT (chat_id) DO NOTHING", chatId, now, now);
    }

    // ---- articles ---------------------------------------------------------------------------------------------

    /** Cuts an article into indexed passages; the store holds no text rules of its own. */
    @FunctionalInterface
    public interface PassageMaker {
        List<Passage> passages(Article article);
    }

    /** From now on every newly stored article is cut into passages and indexed in the same transaction. */
    public void indexPassagesWith(PassageMaker maker) {
        this.passageMaker = maker;
    }

    /**
     * Stores the article once (same content hash or same canonical URL = the same article) and links it to the chat.
     */
    public synchronized StoredArticle saveArticle(long chatId, Article article) {
        return inTransaction(() -> {
            ensureChatExists(chatId);
            Optional<Long> existing = findArticleId(article);
            long id;
            boolean isNew = existing.isEmpty();
            if (isNew) {
                id = insertArticle(article);
                PassageMaker maker = passageMaker;
                if (maker != null) {
                    new PassageIndex(this).insert(id, maker.passages(article));
                }
            } else {
                id = existing.get();
            }
            Instant added = clock.instant();
            update("INSERT INTO chat_articles (chat_id, article_id, source, added_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (chat_id, article_id) DO UPDATE SET added_at = excluded.added_at",
                    chatId, id, article.source(), added.toString());
            Article stored = isNew ? article : articleById(id).orElse(article);
            return new StoredArticle(id, stored, article.source(), added, isNew);
        });
    }

    /** Stores an article nobody sent (a feed item) once, by content hash or canonical URL; its row id. */
    public synchronized long saveSharedArticle(Article article) {
        return inTransaction(() -> findArticleId(article).orElseGet(() -> insertArticle(article)));
    }

    /** This chat's articles added after {@code since}, newest first, at most {@code limit}. */
    public synchronized List<StoredArticle> articlesSince(long chatId, Instant since, int limit) {
        return recentArticles(chatId, limit).stream().filter(a -> a.addedAt().isAfter(since)).toList();
    }

    /** The article if this chat holds it. */
    public synchronized Optional<StoredArticle> article(long chatId, long articleId) {
        return queryOne("SELECT a.*, ca.source AS ca_source, ca.added_at AS ca_added FROM articles a "
                + "JOIN chat_articles ca ON ca.article_id = a.id WHERE ca.chat_id = ? AND a.id = ?",
                this::storedArticle, chatId, articleId);
    }

    /** Those of {@code articleIds} this chat holds, by id, read in one query. */
    public synchronized java.util.Map<Long, StoredArticle> articles(long chatId, java.util.Collection<Long> articleIds) {
        java.util.Map<Long, StoredArticle> out = new java.util.HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(articleIds.size(), "?"));
        Object[] params = new Object[articleIds.size() + 1];
        params[0] = chatId;
        System.arraycopy(articleIds.toArray(), 0, params, 1, articleIds.size());
        query("SELECT a.*, ca.source AS ca_source, ca.added_at AS ca_added FROM articles a "
                + "JOIN chat_articles ca ON ca.article_id = a.id WHERE ca.chat_id = ? AND a.id IN (" + marks + ")",
                rs -> out.put(rs.getLong("id"), storedArticle(rs)), params);
        return out;
    }

    /** This chat's articles, newest first. */
    public synchronized List<StoredArticle> recentArticles(long chatId, int limit) {
        return query("SELECT a.*, ca.source AS ca_source, ca.added_at AS ca_added FROM articles a "
                + "JOIN chat_articles ca ON ca.article_id = a.id WHERE ca.chat_id = ? "
                + "ORDER BY ca.added_at DESC, a.id DESC LIMIT ?", this::storedArticle, chatId, limit);
    }

    /** Deletes everything stored for one chat; articles nobody else holds go with it. Returns articles unlinked. */
    public synchronized int forgetChat(long chatId) {
        return inTransaction(() -> {
            int n = update("DELETE FROM chat_articles WHERE chat_id = ?", chatId);
            update("DELETE FROM chat_feeds WHERE chat_id = ?", chatId);
            update("DELETE FROM subscriptions WHERE chat_id = ?", chatId);
            update("DELETE FROM llm_calls WHERE chat_id = ?", chatId);
            update("DELETE FROM inbox WHERE chat_id = ?", chatId);
            update("DELETE FROM qa_turns WHERE chat_id = ?", chatId);
            update("DELETE FROM qa_answers WHERE chat_id = ?", chatId);
            update("DELETE FROM chats WHERE chat_id = ?", chatId);
            update("DELETE FROM digests WHERE content_hash IN (SELECT content_hash FROM articles a WHERE NOT EXISTS "
                    + "(SELECT 1 FROM chat_articles ca WHERE ca.article_id = a.id) AND NOT EXISTS "
                    + "(SELECT 1 FROM feed_items fi WHERE fi.article_id = a.id))");
            update("DELETE FROM articles WHERE NOT EXISTS (SELECT 1 FROM chat_articles ca WHERE ca.article_id = articles.id)"
                    + " AND NOT EXISTS (SELECT 1 FROM feed_items fi WHERE fi.article_id = articles.id)");
            // passages go with their articles (ON DELETE CASCADE; a trigger keeps the FTS index in step)
            return n;
        });
    }

    public synchronized int countArticles() {
        return queryOne("SELECT COUNT(*) FROM articles", rs -> rs.getInt(1)).orElse(0);
    }

    // ---- digests ----------------------------------------------------------------------------------------------

    public synchronized Optional<String> digestJson(String contentHash, String engine, String promptVersion) {
        return queryOne("SELECT digest_json FROM digests WHERE content_hash = ? AND engine = ? AND prompt_version = ?",
                rs -> rs.getString(1), contentHash, engine, promptVersion);
    }

    public synchronized void saveDigest(String contentHash, String engine, String promptVersion, String json,
                                        Integer inputTokens, Integer outputTokens) {
        update("INSERT INTO digests (content_hash, engine, prompt_version, digest_json, input_tokens, output_tokens, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash, engine, prompt_version) DO UPDATE SET"
                + " digest_json = excluded.digest_json", contentHash, engine, promptVersion, json, inputTokens,
                outputTokens, now());
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the database: " + e.getMessage(), e);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Optional<Long> findArticleId(Article a) {
        Optional<Long> byHash = queryOne("SELECT id FROM articles WHERE content_hash = ?", rs -> rs.getLong(1),
                a.contentHash());
        if (byHash.isPresent() || a.canonicalUrl() == null) {
            return byHash;
        }
        return queryOne("SELECT id FROM articles WHERE canonical_url = ?", rs -> rs.getLong(1), a.canonicalUrl());
    }

    private long insertArticle(Article a) {
        update("INSERT INTO articles (content_hash, url, canonical_url, title, byline, published, site_name, language,"
                + " body, word_count, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a.contentHash(), a.source(),
                a.canonicalUrl(), a.title(), a.byline(), a.published(), a.siteName(), a.language().code(), a.text(),
                a.wordCount(), a.fetchedAt().toString());
        return queryOne("SELECT last_insert_rowid()", rs -> rs.getLong(1)).orElseThrow();
    }

    private Optional<Article> articleById(long id) {
        return queryOne("SELECT * FROM articles WHERE id = ?", Store::article, id);
    }

    static Article article(ResultSet rs) throws SQLException {
        List<String> paragraphs = Arrays.asList(rs.getString("body").split("\n\n"));
        return new Article(rs.getString("url"), rs.getString("canonical_url"), rs.getString("title"),
                rs.getString("byline"), rs.getString("published"), rs.getString("site_name"),
                Language.fromCode(rs.getString("language")), paragraphs, rs.getString("content_hash"),
                Instant.parse(rs.getString("fetched_at")));
    }

    private StoredArticle storedArticle(ResultSet rs) throws SQLException {
        return new StoredArticle(rs.getLong("id"), article(rs), rs.getString("ca_source"),
                Instant.parse(rs.getString("ca_added")), false);
    }

    private String now() {
        return clock.instant().toString();
    }

    String nowText() {
        return now();
    }

    Instant clockInstant() {
        return clock.instant();
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface Work<T> {
        T run();
    }

    <T> T inTransaction(Work<T> work) {
        try {
            boolean auto = connection.getAutoCommit();
            if (!auto) {
                return work.run();
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Database transaction failed: " + e.getMessage(), e);
        }
    }

    long insertReturningId(String sql, Object... params) {
        update(sql, params);
        return queryOne("SELECT last_insert_rowid()", rs -> rs.getLong(1)).orElseThrow();
    }

    int update(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Database update failed: " + e.getMessage(), e);
        }
    }

    <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Database query failed: " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}

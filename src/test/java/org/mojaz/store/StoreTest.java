package org.mojaz.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.core.Article;
import org.mojaz.core.Language;

class StoreTest {
    @TempDir
    Path dir;

    private static Article article(String hash, String canonical, String title) {
        return new Article("https://news.test/" + title, canonical, title, "Samira Haddad", "2026-09-14", "News Test",
                Language.ENGLISH, List.of("First paragraph of " + title + ".", "Second paragraph."), hash,
                Instant.parse("2026-09-14T10:00:00Z"));
    }

    @Test
    void shouldCreateTheFileInWalModeWithTheSchemaOnFirstUse() throws Exception {
        Path file = dir.resolve("nested/folder/mojaz.db");

        try (Store store = Store.open(file)) {
            store.ensureChat(1, "private");
        }

        assertThat(file).exists();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")) {
            StringBuilder names = new StringBuilder();
            while (rs.next()) {
                names.append(rs.getString(1)).append(' ');
            }
            assertThat(names.toString()).contains("articles", "chats", "digests", "inbox", "subscriptions", "feeds",
                    "deliveries", "chat_articles", "llm_calls", "users");
        }
    }

    @Test
    void shouldStoreTheSameContentOnceAndTheSameCanonicalUrlOnce() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            StoredArticle first = store.saveArticle(1, article("h1", "https://news.test/a", "a"));
            StoredArticle sameHash = store.saveArticle(2, article("h1", null, "a"));
            StoredArticle sameCanonical = store.saveArticle(1, article("h2", "https://news.test/a", "a"));

            assertThat(first.isNew()).isTrue();
            assertThat(sameHash.isNew()).isFalse();
            assertThat(sameHash.id()).isEqualTo(first.id());
            assertThat(sameCanonical.id()).isEqualTo(first.id());
            assertThat(store.countArticles()).isEqualTo(1);
        }
    }

    @Test
    void shouldNeverShowOneChatTheArticlesOfAnother() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            StoredArticle mine = store.saveArticle(1, article("h1", null, "mine"));
            store.saveArticle(2, article("h2", null, "theirs"));

            assertThat(store.recentArticles(1, 10)).extracting(s -> s.article().title()).containsExactly("mine");
            assertThat(store.article(2, mine.id())).isEmpty();
            assertThat(store.article(1, mine.id())).isPresent();
        }
    }

    @Test
    void shouldForgetAChatAndOnlyTheArticlesNobodyElseHolds() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            store.saveArticle(1, article("shared", null, "shared"));
            store.saveArticle(1, article("own", null, "own"));
            store.saveArticle(2, article("shared", null, "shared"));
            store.saveDigest("own", "extractive", "-", "{}", null, null);

            int unlinked = store.forgetChat(1);

            assertThat(unlinked).isEqualTo(2);
            assertThat(store.recentArticles(1, 10)).isEmpty();
            assertThat(store.recentArticles(2, 10)).hasSize(1);
            assertThat(store.countArticles()).isEqualTo(1);
            assertThat(store.digestJson("own", "extractive", "-")).isEmpty();
        }
    }

    @Test
    void shouldKeepDataAcrossReopening() throws Exception {
        Path file = dir.resolve("m.db");
        try (Store store = Store.open(file)) {
            store.saveArticle(7, article("h1", null, "kept"));
        }
        try (Store store = Store.open(file)) {
            assertThat(store.recentArticles(7, 10)).hasSize(1);
            assertThat(store.recentArticles(7, 10).get(0).article().paragraphs()).hasSize(2);
        }
        assertThat(Files.size(file)).isPositive();
    }
}

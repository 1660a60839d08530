package org.mojaz.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.core.Article;
import org.mojaz.core.Language;

class PassageIndexTest {
    @TempDir
    Path dir;

    /** Terms are made outside the store; here each word is its own term, which is all the index needs. */
    private static final Store.PassageMaker WORDS = article -> {
        List<Passage> out = new ArrayList<>();
        for (String p : article.paragraphs()) {
            out.add(new Passage(out.size(), p, Arrays.asList(p.toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^\\p{L}\\d ]", "").split(" ")), List.of()));
        }
        return out;
    };

    private static Article article(String hash, String... paragraphs) {
        return new Article("https://news.test/" + hash, null, "Title " + hash, null, null, null, Language.ENGLISH,
                List.of(paragraphs), hash, Instant.parse("2026-09-14T10:00:00Z"));
    }

    @Test
    void should_find_a_chats_passages_and_never_another_chats() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            store.indexPassagesWith(WORDS);
            StoredArticle a = store.saveArticle(1, article("ha", "The port opened in March.", "Ships wait outside."));
            StoredArticle b = store.saveArticle(2, article("hb", "The port of Oran closed in March."));
            PassageIndex index = new PassageIndex(store);

            List<PassageHit> forA = index.search(1, List.of(a.id(), b.id()), List.of("port", "march"), 10);
            List<PassageHit> forB = index.search(2, List.of(b.id()), List.of("port"), 10);

            assertThat(forA).extracting(PassageHit::articleId).containsOnly(a.id());
            assertThat(forA.get(0).text()).isEqualTo("The port opened in March.");
            assertThat(forB).extracting(PassageHit::text).containsExactly("The port of Oran closed in March.");
        }
    }

    @Test
    void should_rank_the_passage_holding_more_of_the_terms_first() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            store.indexPassagesWith(WORDS);
            StoredArticle a = store.saveArticle(1, article("ha", "The port is large.", "The new port opened in March 2026.",
                    "Rain fell."));

            List<PassageHit> hits = new PassageIndex(store).search(1, List.of(a.id()), List.of("port", "opened", "march"), 10);

            assertThat(hits).extracting(PassageHit::position).containsExactly(1, 0);
            assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        }
    }

    @Test
    void should_remove_passages_and_their_index_entries_when_the_chat_is_forgotten() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            store.indexPassagesWith(WORDS);
            StoredArticle a = store.saveArticle(1, article("ha", "The port opened in March."));
            PassageIndex index = new PassageIndex(store);
            QuestionLog log = new QuestionLog(store);
            log.remember(1, new QuestionLog.Turn("when did the port open?", "port", "March"), 3);

            store.forgetChat(1);

            assertThat(index.countPassages()).isZero();
            assertThat(log.recent(1, 5)).isEmpty();
            assertThat(store.queryOne("SELECT COUNT(*) FROM chat_passage_fts WHERE chat_passage_fts MATCH 'port'",
                    rs -> rs.getInt(1))).contains(0);
            assertThat(index.search(1, List.of(a.id()), List.of("port"), 10)).isEmpty();
        }
    }

    @Test
    void should_keep_passages_of_an_article_another_chat_still_holds() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            store.indexPassagesWith(WORDS);
            StoredArticle a = store.saveArticle(1, article("ha", "The port opened in March."));
            store.saveArticle(2, article("ha", "The port opened in March."));

            store.forgetChat(1);

            PassageIndex index = new PassageIndex(store);
            assertThat(index.search(1, List.of(a.id()), List.of("port"), 10)).isEmpty();
            assertThat(index.search(2, List.of(a.id()), List.of("port"), 10)).hasSize(1);
        }
    }

    @Test
    void should_list_articles_stored_before_the_index_for_the_backfill() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            StoredArticle old = store.saveArticle(1, article("ha", "The port opened in March."));
            PassageIndex index = new PassageIndex(store);

            List<PassageIndex.Unindexed> todo = index.unindexed(0, 10);
            index.index(todo.get(0).articleId(), WORDS.passages(todo.get(0).article()));

            assertThat(todo).extracting(PassageIndex.Unindexed::articleId).containsExactly(old.id());
            assertThat(index.unindexed(0, 10)).isEmpty();
            assertThat(index.search(1, List.of(old.id()), List.of("march"), 10)).hasSize(1);
        }
    }

    @Test
    void should_read_a_term_with_quotes_or_operators_as_a_plain_word() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            store.indexPassagesWith(WORDS);
            StoredArticle a = store.saveArticle(1, article("ha", "The port opened in March."));

            List<PassageHit> hits = new PassageIndex(store).search(1, List.of(a.id()),
                    List.of("port\" OR article : (\"a1", "NEAR(", "*"), 10);

            assertThat(hits).isEmpty();
        }
    }

    @Test
    void should_keep_group_chats_with_large_negative_ids_apart() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            store.indexPassagesWith(WORDS);
            long group = -1_001_234_567_890L;
            long other = -1_001_234_567_891L;
            StoredArticle a = store.saveArticle(group, article("ha", "The port opened in March."));
            StoredArticle b = store.saveArticle(other, article("hb", "The port closed in March."));
            PassageIndex index = new PassageIndex(store);

            List<PassageHit> hits = index.search(group, List.of(a.id(), b.id()), List.of("port"), 10);

            assertThat(hits).extracting(PassageHit::text).containsExactly("The port opened in March.");
        }
    }

    @Test
    void should_find_a_passage_once_when_a_chat_sends_the_same_article_again() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            store.indexPassagesWith(WORDS);
            StoredArticle a = store.saveArticle(1, article("ha", "The port opened in March."));
            store.saveArticle(1, article("ha", "The port opened in March."));

            List<PassageHit> hits = new PassageIndex(store).search(1, List.of(a.id()), List.of("port"), 10);

            assertThat(hits).hasSize(1);
        }
    }

    @Test
    void should_find_an_article_again_after_the_chat_forgot_it_and_sent_it_anew() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            store.indexPassagesWith(WORDS);
            store.saveArticle(1, article("ha", "The port opened in March."));
            store.saveArticle(2, article("ha", "The port opened in March."));
            store.forgetChat(1);
            PassageIndex index = new PassageIndex(store);

            StoredArticle again = store.saveArticle(1, article("ha", "The port opened in March."));

            assertThat(index.search(1, List.of(again.id()), List.of("port"), 10)).hasSize(1);
            assertThat(index.search(2, List.of(again.id()), List.of("port"), 10)).hasSize(1);
        }
    }

    @Test
    void should_weigh_a_term_less_once_many_more_passages_hold_it() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            store.indexPassagesWith(WORDS);
            store.saveArticle(1, article("h0", "The port opened.", "Rain fell.", "Wind blew.", "Sun shone."));
            PassageIndex index = new PassageIndex(store);
            double rare = index.rarity(List.of("port")).get("port");

            for (int i = 1; i <= 5; i++) {
                store.saveArticle(1, article("h" + i, "The port closed.", "The port opened."));
            }

            assertThat(index.rarity(List.of("port")).get("port")).isLessThan(rare);
        }
    }

    @Test
    void should_keep_no_word_of_a_forgotten_chats_passages() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            store.indexPassagesWith(WORDS);
            store.saveArticle(1, article("ha", "The port opened in March."));
            store.saveArticle(2, article("hb", "Rain fell."));

            store.forgetChat(1);

            assertThat(store.query("SELECT term FROM passage_terms ORDER BY term", rs -> rs.getString(1)))
                    .containsExactly("fell", "rain");
        }
    }

    @Test
    void should_store_and_weigh_a_term_holding_quotes_or_backslashes() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            store.indexPassagesWith(article -> List.of(new Passage(0, "odd", List.of("a\"b\\c", "port"), List.of())));
            StoredArticle a = store.saveArticle(1, article("ha", "odd"));
            PassageIndex index = new PassageIndex(store);

            assertThat(index.rarity(List.of("a\"b\\c"))).containsKey("a\"b\\c");
            assertThat(index.search(1, List.of(a.id()), List.of("port"), 10)).hasSize(1);
            store.forgetChat(1);
            assertThat(store.queryOne("SELECT COUNT(*) FROM passage_terms", rs -> rs.getInt(1))).contains(0);
        }
    }

    @Test
    void should_count_a_term_only_where_it_is_a_whole_term() {
        assertThat(PassageIndex.count("port portal port", "port")).isEqualTo(2);
        assertThat(PassageIndex.count("sport port", "port")).isEqualTo(1);
        assertThat(PassageIndex.count("portal", "port")).isZero();
        assertThat(PassageIndex.length("")).isZero();
        assertThat(PassageIndex.length("port opened march")).isEqualTo(3);
    }

    @Test
    void should_search_the_passages_of_a_store_made_before_the_index_by_chat() {
        Path file = dir.resolve("old.db");
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("4").load()
                .migrate();
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            // what version 4 wrote for an article held by chat 1 and one held by chat 2
            s.executeUpdate("INSERT INTO chats (chat_id, kind, created_at, updated_at) VALUES"
                    + " (1, 'private', 't', 't'), (2, 'private', 't', 't')");
            s.executeUpdate("INSERT INTO articles (id, content_hash, title, language, body, word_count, fetched_at)"
                    + " VALUES (10, 'ha', 'A', 'en', 'The port opened in March.', 5, '2026-09-14T10:00:00Z'),"
                    + " (11, 'hb', 'B', 'en', 'The port closed in March.', 5, '2026-09-14T10:00:00Z')");
            s.executeUpdate("INSERT INTO chat_articles (chat_id, article_id, source, added_at) VALUES"
                    + " (1, 10, 'x', '2026-09-14T10:00:00Z'), (2, 11, 'y', '2026-09-14T10:00:00Z')");
            s.executeUpdate("INSERT INTO passages (id, article_id, position, text, terms, context) VALUES"
                    + " (100, 10, 0, 'The port opened in March.', 'the port opened in march', ''),"
                    + " (101, 11, 0, 'The port closed in March.', 'the port closed in march', '')");
            s.executeUpdate("INSERT INTO passage_fts (rowid, terms, context, article) VALUES"
                    + " (100, 'the port opened in march', '', 'a10'), (101, 'the port closed in march', '', 'a11')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }

        try (Store store = Store.open(file)) {
            PassageIndex index = new PassageIndex(store);

            assertThat(index.search(1, List.of(10L, 11L), List.of("port"), 10)).extracting(PassageHit::passageId)
                    .containsExactly(100L);
            assertThat(index.search(2, List.of(10L, 11L), List.of("port"), 10)).extracting(PassageHit::passageId)
                    .containsExactly(101L);
            assertThat(index.rarity(List.of("port", "opened"))).containsKeys("port", "opened");
            store.forgetChat(1);
            assertThat(store.queryOne("SELECT COUNT(*) FROM chat_passage_fts WHERE chat_passage_fts MATCH 'opened'",
                    rs -> rs.getInt(1))).contains(0);
        }
    }

    @Test
    void should_remember_only_the_last_turns_of_a_chat() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            QuestionLog log = new QuestionLog(store);
            for (int i = 1; i <= 5; i++) {
                log.remember(7, new QuestionLog.Turn("q" + i, "", null), 3);
            }

            assertThat(log.recent(7, 10)).extracting(QuestionLog.Turn::question).containsExactly("q3", "q4", "q5");
            assertThat(log.recent(8, 10)).isEmpty();
        }
    }
}

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
            assertThat(store.queryOne("SELECT COUNT(*) FROM passage_fts WHERE passage_fts MATCH 'port'",
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

package org.mojaz.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.core.Article;
import org.mojaz.core.Language;

/** Which article each message of a brief shows: per chat, only for articles the chat holds, gone with /forget. */
class BriefMessagesTest {
    private static final long A = 11;
    private static final long B = 12;

    @TempDir
    Path dir;
    private Store store;
    private BriefMessages messages;

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("m.db"));
        messages = new BriefMessages(store);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static Article article(String hash, String title) {
        return new Article("https://news.test/" + hash, null, title, null, null, null, Language.ENGLISH,
                List.of(title + " was announced on Monday."), hash, Instant.parse("2026-11-30T10:00:00Z"));
    }

    @Test
    void should_find_the_article_of_every_remembered_message_only_in_its_own_chat() {
        // given two parts of chat A's brief, and chat B holding another article
        long ofA = store.saveArticle(A, article("h-a", "Port opens")).id();
        long ofB = store.saveArticle(B, article("h-b", "Bridge closes")).id();
        messages.remember(A, 1000, ofA);
        messages.remember(A, 1001, ofA);

        // when chat B asks about A's message ids, and tries to remember A's article under its own id
        boolean takenByB = messages.remember(B, 1002, ofA);
        messages.remember(B, 1003, ofB);

        // then each chat finds only its own
        assertThat(messages.article(A, 1000)).contains(ofA);
        assertThat(messages.article(A, 1001)).contains(ofA);
        assertThat(messages.article(B, 1000)).isEmpty();
        assertThat(takenByB).isFalse();
        assertThat(messages.article(B, 1002)).isEmpty();
        assertThat(messages.article(B, 1003)).contains(ofB);
    }

    @Test
    void should_drop_a_chats_messages_when_the_chat_is_forgotten_and_keep_the_others() {
        // given the same article briefed in two chats
        long inA = store.saveArticle(A, article("h-shared", "Port opens")).id();
        long inB = store.saveArticle(B, article("h-shared", "Port opens")).id();
        messages.remember(A, 7, inA);
        messages.remember(B, 7, inB);

        // when chat A is forgotten
        store.forgetChat(A);

        // then A's rows are gone and B's remain
        assertThat(inA).isEqualTo(inB);
        assertThat(messages.count(A)).isZero();
        assertThat(messages.article(A, 7)).isEmpty();
        assertThat(messages.article(B, 7)).contains(inB);
    }
}

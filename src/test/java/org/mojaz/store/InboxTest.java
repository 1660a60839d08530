package org.mojaz.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxTest {
    @TempDir
    Path dir;

    @Test
    void shouldRefuseAnUpdateIdSeenBeforeAndKeepUnfinishedOnesAcrossReopening() {
        Path file = dir.resolve("mojaz.db");
        try (Store store = Store.open(file)) {
            Inbox inbox = new Inbox(store);
            assertThat(inbox.offer(1, 5, "{\"a\":1}")).isTrue();
            assertThat(inbox.offer(2, 5, "{\"a\":2}")).isTrue();
            assertThat(inbox.offer(1, 5, "{\"a\":1}")).isFalse();
            inbox.markDone(1);
        }

        try (Store store = Store.open(file)) {
            Inbox inbox = new Inbox(store);
            assertThat(inbox.unfinished()).extracting(Inbox.Item::updateId).containsExactly(2L);
            assertThat(inbox.status(1)).contains("done");
            inbox.markFailed(2, "SendFailedException");
            assertThat(inbox.unfinished()).isEmpty();
        }
    }

    @Test
    void shouldDropTheMessageTextOnceAnsweredButStillRecogniseItsId() {
        try (Store store = Store.open(dir.resolve("mojaz.db"))) {
            Inbox inbox = new Inbox(store);
            inbox.offer(9, 5, "{\"text\":\"my private message\"}");
            inbox.offer(10, 5, "{\"text\":\"another private message\"}");

            inbox.markDone(9);
            inbox.markFailed(10, "SendFailedException");

            assertThat(store.query("SELECT payload FROM inbox", rs -> rs.getString(1))).containsOnly("");
            assertThat(inbox.offer(9, 5, "{\"text\":\"my private message\"}")).isFalse();
        }
    }

    @Test
    void shouldKeepChatPreferencesAndTheActiveFlag() {
        try (Store store = Store.open(dir.resolve("mojaz.db"))) {
            ChatSettings chats = new ChatSettings(store);
            chats.ensure(9, "private", "ar");
            chats.setLength(9, "long");
            chats.setActive(9, false);
            chats.ensure(9, "private", "en");

            assertThat(chats.get(9)).isEqualTo(new ChatSettings.Preferences("both", "ar", "long", false));
            assertThat(chats.get(10)).isEqualTo(ChatSettings.Preferences.DEFAULT);
        }
    }
}

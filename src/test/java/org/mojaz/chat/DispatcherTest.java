package org.mojaz.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.chat.Dispatcher.WorkItem;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.Inbox;
import org.mojaz.store.Store;
import org.mojaz.testing.Await;
import org.mojaz.testing.RecordingOutgoing;

/** The dispatcher over a real SQLite inbox: order per chat, retries, notices, crashes and Errors. */
class DispatcherTest {
    private static final long CHAT = 42;
    private static final Dispatcher.Options FAST = new Dispatcher.Options(4, 3, Duration.ofMillis(20), 2);

    @TempDir
    Path dir;
    private Store store;
    private Inbox inbox;
    private final RecordingOutgoing outgoing = new RecordingOutgoing();
    private final Map<Long, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final List<Long> order = Collections.synchronizedList(new ArrayList<>());
    private final List<Dispatcher> started = new ArrayList<>();

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("mojaz.db"));
        inbox = new Inbox(store);
    }

    @AfterEach
    void tearDown() {
        started.forEach(Dispatcher::close);
        store.close();
    }

    private Dispatcher start(Dispatcher.Work work) {
        Dispatcher d = new Dispatcher(store, FAST);
        started.add(d);
        d.start((item, progress) -> {
            runs.computeIfAbsent(item.id(), id -> new AtomicInteger()).incrementAndGet();
            order.add(item.id());
            work.run(item, progress);
        }, outgoing);
        return d;
    }

    private int runs(long id) {
        return runs.getOrDefault(id, new AtomicInteger()).get();
    }

    private void awaitStatus(long id, String status) {
        Await.until("update " + id + " " + status, () -> inbox.status(id).filter(status::equals).isPresent());
    }

    private static WorkItem item(long id, long chat) {
        return new WorkItem(id, chat, "{\"n\":" + id + "}");
    }

    @Test
    void shouldRetryAFailingItemThenMarkItFailedWithItsReasonAndTellTheUserOnce() {
        Dispatcher d = start((item, progress) -> {
            throw new IllegalStateException("the model server is down");
        });

        d.offer(item(1, CHAT));

        awaitStatus(1, "failed");
        Await.until("the notice", () -> !outgoing.sentTo(CHAT).isEmpty());
        assertThat(runs(1)).isEqualTo(3);
        assertThat(inbox.error(1)).contains("IllegalStateException after 3 tries");
        assertThat(outgoing.sentTo(CHAT)).hasSize(1).first().extracting(RecordingOutgoing.Sent::html)
                .asString().contains("something went wrong", "حدث خطأ");
        assertThat(inbox.noticesOwed()).isEmpty();
    }

    @Test
    void shouldFinishAnItemThatSucceedsOnARetryWithoutTellingAnyone() {
        Dispatcher d = start((item, progress) -> {
            if (runs(item.id()) < 3) {
                throw new IllegalStateException("not yet");
            }
        });

        d.offer(item(2, CHAT));

        awaitStatus(2, "done");
        assertThat(runs(2)).isEqualTo(3);
        assertThat(outgoing.sent()).isEmpty();
    }

    @Test
    void shouldSurviveAnErrorTellTheUserAndGoOnWithTheChatsNextMessage() {
        Dispatcher d = start((item, progress) -> {
            if (item.id() == 3) {
                throw new OutOfMemoryError("Java heap space (thrown by the test)");
            }
        });

        d.offer(item(3, CHAT));
        d.offer(item(4, CHAT));

        awaitStatus(4, "done");
        awaitStatus(3, "failed");
        Await.until("the notice", () -> !outgoing.sentTo(CHAT).isEmpty());
        assertThat(runs(3)).as("an Error is not retried: the same input would do it again").isEqualTo(1);
        assertThat(inbox.error(3)).contains("OutOfMemoryError");
        assertThat(outgoing.sentTo(CHAT)).hasSize(1);
    }

    @Test
    void shouldRunOneChatsItemsInOrderWhileOtherChatsGoOn() {
        CountDownLatch release = new CountDownLatch(1);
        Dispatcher d = start((item, progress) -> {
            if (item.id() == 100) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });

        d.offer(item(100, CHAT));
        for (long id = 101; id <= 110; id++) {
            d.offer(item(id, CHAT));
        }
        d.offer(item(200, 7));
        awaitStatus(200, "done");
        assertThat(inbox.status(101)).as("waits behind the chat's first item").contains("pending");
        release.countDown();

        awaitStatus(110, "done");
        assertThat(order.stream().filter(id -> id >= 100 && id < 200).toList())
                .containsExactly(100L, 101L, 102L, 103L, 104L, 105L, 106L, 107L, 108L, 109L, 110L);
    }

    @Test
    void shouldIgnoreAnIdSeenBefore() {
        Dispatcher d = start((item, progress) -> { });

        assertThat(d.offer(item(5, CHAT))).isTrue();
        awaitStatus(5, "done");
        assertThat(d.offer(item(5, CHAT))).isFalse();
        d.offer(item(6, CHAT));
        awaitStatus(6, "done");

        assertThat(runs(5)).isEqualTo(1);
    }

    @Test
    void shouldResumeAnItemCutShortByOneCrashButNotOneCutShortByTwo() {
        inbox.offer(7, CHAT, "{}");
        inbox.attempt(7);
        inbox.offer(8, CHAT, "{}");
        inbox.attempt(8);
        inbox.attempt(8);
        inbox.offer(9, CHAT, "{}");
        inbox.failure(9, "IllegalStateException");
        inbox.attempt(9);

        start((item, progress) -> { });

        awaitStatus(7, "done");
        awaitStatus(9, "done");
        awaitStatus(8, "failed");
        Await.until("the notice", () -> !outgoing.sentTo(CHAT).isEmpty());
        assertThat(runs(8)).isZero();
        assertThat(inbox.error(8)).contains("cut short by 2 crashes");
        assertThat(outgoing.sentTo(CHAT)).hasSize(1);
    }

    @Test
    void shouldTellAUserOwedANoticeOnTheNextStartOnlyOnce() {
        inbox.offer(10, CHAT, "{}");
        inbox.giveUp(10, "IllegalStateException after 3 tries");

        start((item, progress) -> { }).close();
        Await.until("the notice", () -> !outgoing.sentTo(CHAT).isEmpty());
        start((item, progress) -> { });
        Dispatcher third = start((item, progress) -> { });
        third.offer(item(11, CHAT));
        awaitStatus(11, "done");

        assertThat(outgoing.sentTo(CHAT)).hasSize(1);
    }

    @Test
    void shouldMarkAChatInactiveWhenItCannotBeReachedAndActiveAgainWhenItWrites() {
        ChatSettings chats = new ChatSettings(store);
        chats.ensure(CHAT, "private", "en");
        outgoing.gone(CHAT);
        Dispatcher d = start((item, progress) -> {
            if (item.id() == 12) {
                outgoing.send(item.chatId(), Reply.of("hello"));
            }
        });

        d.offer(item(12, CHAT));
        awaitStatus(12, "done");
        assertThat(chats.get(CHAT).active()).isFalse();

        d.offer(new WorkItem(13, CHAT, "{}"));
        awaitStatus(13, "done");
        assertThat(chats.get(CHAT).active()).isTrue();
    }

    @Test
    void shouldLeaveAnItemStoppedByShutdownPendingWithoutCountingACrash() {
        CountDownLatch running = new CountDownLatch(1);
        Dispatcher d = start((item, progress) -> {
            running.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Outgoing.DeliveryException("interrupted", e);
            }
        });
        d.offer(item(14, CHAT));
        Await.until("the item running", () -> running.getCount() == 0);

        d.close();

        assertThat(inbox.unfinished()).singleElement().satisfies(i -> assertThat(i.crashes()).isZero());
        assertThat(outgoing.sent()).isEmpty();
    }

    @Test
    void shouldRememberThePlaceholderOfAnItemAcrossTries() {
        Dispatcher d = start((item, progress) -> {
            if (progress.placeholder().isEmpty()) {
                progress.placeholderSent(555);
                throw new IllegalStateException("first try dies after the placeholder");
            }
            outgoing.edit(item.chatId(), progress.placeholder().get(), Reply.of("brief"));
        });

        d.offer(item(15, CHAT));

        awaitStatus(15, "done");
        assertThat(runs(15)).isEqualTo(2);
        assertThat(outgoing.sentTo(CHAT)).extracting(RecordingOutgoing.Sent::html).containsExactly("brief");
    }
}

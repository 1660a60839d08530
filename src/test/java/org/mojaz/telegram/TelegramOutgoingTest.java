package org.mojaz.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Dispatcher;
import org.mojaz.chat.Outgoing;
import org.mojaz.chat.Reply;
import org.mojaz.store.Store;
import org.mojaz.testing.Await;
import org.mojaz.testing.FakeBotApi.Call;
import org.mojaz.testing.FakeBotApi;
import org.mojaz.testing.FakeSummarizer;
import org.mojaz.testing.TestWiring;
import org.slf4j.LoggerFactory;

/** The bot's outgoing port and its limiter against the fake Bot API: unprompted messages, 429 pauses, a late server. */
class TelegramOutgoingTest {
    private static final long USER = 3001;
    private static final long OTHER = 3002;
    private static final long THIRD = 3003;
    private static final long ONE_SECOND = TimeUnit.SECONDS.toNanos(1);

    @TempDir
    Path dir;
    private FakeBotApi api;
    private Store store;
    private TelegramBot bot;

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("mojaz.db"));
    }

    @AfterEach
    void tearDown() {
        if (bot != null) {
            bot.close();
        }
        if (api != null) {
            api.close();
        }
        store.close();
    }

    private TelegramBot bot(String baseUrl) {
        Conversation conversation = new Conversation(TestWiring.ingestor(), FakeSummarizer.standard(), store,
                TestWiring.policy(30), Clock.systemUTC());
        bot = new TelegramBot(new TelegramBot.Options(FakeBotApi.TOKEN, baseUrl, 1, "reply"), conversation,
                new Dispatcher(store, Dispatcher.Options.defaults().withWorkers(2)));
        return bot;
    }

    private Outgoing started() {
        api = FakeBotApi.start();
        bot(api.baseUrl()).start();
        return bot.outgoing();
    }

    private Call first(String method, int status) {
        return api.calls(method).stream().filter(c -> c.status() == status).findFirst().orElseThrow();
    }

    private long awaitCalls(String method, int status, int count) {
        Await.until(count + " " + method + " " + status, () -> api.calls(method).stream()
                .filter(c -> c.status() == status).count() >= count);
        return api.calls(method).stream().filter(c -> c.status() == status).skip(count - 1).findFirst().orElseThrow()
                .atNanos();
    }

    @Test
    void shouldSendAnUnpromptedMessageAndEditItThroughTheLimiter() {
        Outgoing out = started();

        int id = out.send(USER, Reply.of("<b>Your morning brief</b>"));
        out.edit(USER, id, Reply.of("<b>Your morning brief</b>, updated"));

        List<Call> messages = api.messagesTo(USER);
        assertThat(messages).extracting(Call::method).containsExactly("sendMessage", "editMessageText");
        assertThat(messages.get(0).text()).isEqualTo("<b>Your morning brief</b>");
        assertThat(messages.get(0).params().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        assertThat(messages.get(1).params().path("message_id").asInt()).isEqualTo(id);
    }

    @Test
    void shouldRetryAfterABotApiServerError() {
        Outgoing out = started();
        api.failNext("sendMessage", 502, 0);

        out.send(USER, Reply.of("after a bad gateway"));

        assertThat(api.calls("sendMessage")).extracting(Call::status).containsExactly(502, 200);
    }

    @Test
    void shouldThrowChatUnreachableWhenTheChatBlockedTheBot() {
        Outgoing out = started();
        api.block(USER);

        assertThatThrownBy(() -> out.send(USER, Reply.of("hello")))
                .isInstanceOfSatisfying(Outgoing.ChatUnreachableException.class,
                        e -> assertThat(e.chatId()).isEqualTo(USER));
    }

    @Test
    void shouldHoldTheChatsNextMessageUntilRetryAfterHasPassedAfterA429() throws Exception {
        Outgoing out = started();
        api.failNext("sendMessage", 429, 1);

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> out.send(USER, Reply.of("one")));
        long limited = awaitCalls("sendMessage", 429, 1);
        Await.until("the 429 taken in", () -> bot.rateLimitedCount() == 1);
        out.send(USER, Reply.of("two"));
        first.get(30, TimeUnit.SECONDS);

        assertThat(api.messagesTo(USER)).extracting(Call::text).containsExactlyInAnyOrder("one", "two");
        assertThat(api.messagesTo(USER)).allSatisfy(c -> assertThat(c.atNanos() - limited)
                .as("sent after retry_after").isGreaterThanOrEqualTo(ONE_SECOND));
        assertThat(bot.rateLimitedCount()).isEqualTo(1);
    }

    @Test
    void shouldPauseEverySendWhenTwoChatsGetA429AtOnce() throws Exception {
        Outgoing out = started();
        api.failNext("sendMessage", 429, 1);
        api.failNext("sendMessage", 429, 1);

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> out.send(USER, Reply.of("one")));
        awaitCalls("sendMessage", 429, 1);
        Await.until("the first 429 taken in", () -> bot.rateLimitedCount() == 1);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> out.send(OTHER, Reply.of("two")));
        long second = awaitCalls("sendMessage", 429, 2);
        Await.until("the second 429 taken in", () -> bot.rateLimitedCount() == 2);
        out.send(THIRD, Reply.of("three"));
        one.get(30, TimeUnit.SECONDS);
        two.get(30, TimeUnit.SECONDS);

        assertThat(api.messagesTo(THIRD)).singleElement().satisfies(c -> assertThat(c.atNanos() - second)
                .as("a chat that got no 429 waits out the global pause too").isGreaterThanOrEqualTo(ONE_SECOND));
    }

    @Test
    void shouldPauseEveryReplyAfterA429OnARequestThatIsNoChatMessage() {
        api = FakeBotApi.start();
        api.failNext("setMyCommands", 429, 1);
        bot(api.baseUrl()).start();
        long limited = first("setMyCommands", 429).atNanos();

        api.push(api.privateMessage(USER, "/help"));

        Await.until("the reply", () -> !api.messagesTo(USER).isEmpty());
        assertThat(api.messagesTo(USER).get(0).atNanos() - limited).isGreaterThanOrEqualTo(ONE_SECOND);
    }

    @Test
    void shouldKeepTryingUntilTheBotApiAnswersAndThenServe() throws Exception {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger logger = (Logger) LoggerFactory.getLogger(TelegramBot.class);
        logger.addAppender(logs);
        int port = FakeBotApi.freePort();
        try {
            bot("http://127.0.0.1:" + port);
            CompletableFuture<Void> starting = CompletableFuture.runAsync(bot::start);
            Await.until("two tries logged", Duration.ofSeconds(30), () -> logs.list.stream()
                    .filter(e -> e.getFormattedMessage().contains("did not answer")).count() >= 2);
            assertThat(starting).isNotDone();

            api = FakeBotApi.startOn(port);
            starting.get(60, TimeUnit.SECONDS);
            api.push(api.privateMessage(USER, "/help"));

            Await.until("the reply", () -> !api.messagesTo(USER).isEmpty());
        } finally {
            logger.detachAppender(logs);
        }
        assertThat(logs.list).filteredOn(e -> e.getFormattedMessage().contains("did not answer"))
                .first().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("127.0.0.1", "try 1", "trying again in 1 s").doesNotContain(FakeBotApi.TOKEN);
    }
}

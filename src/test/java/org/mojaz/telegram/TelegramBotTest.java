package org.mojaz.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Dispatcher;
import org.mojaz.core.Article;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.ingest.Ingestor;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.Inbox;
import org.mojaz.store.Store;
import org.mojaz.summary.ExtractiveSummarizer;
import org.mojaz.summary.Summarizer;
import org.mojaz.testing.Await;
import org.mojaz.testing.FakeBotApi.Call;
import org.mojaz.testing.FakeBotApi;
import org.mojaz.testing.FakeNewsSite;
import org.mojaz.testing.FakeSummarizer;
import org.mojaz.testing.Fixtures;
import org.mojaz.testing.TestWiring;
import org.slf4j.LoggerFactory;

/** The bot end to end: the real TelegramBots client and long polling against a local fake Bot API server. */
class TelegramBotTest {
    private static final long USER = 1001;
    private static final long GROUP = -100500;

    @TempDir
    Path dir;
    private FakeBotApi api;
    private Store store;
    private TelegramBot bot;

    @BeforeEach
    void setUp() {
        api = FakeBotApi.start();
        store = Store.open(dir.resolve("mojaz.db"));
    }

    @AfterEach
    void tearDown() {
        if (bot != null) {
            bot.close();
        }
        api.close();
        store.close();
    }

    private void startBot(Summarizer summarizer) {
        startBot(summarizer, "reply");
    }

    private void startBot(Summarizer summarizer, String channelMode) {
        Ingestor ingestor = TestWiring.ingestor();
        // Links are read from our own pages through the conversation's link seam: no network, any host name.
        Function<String, Article> site = link -> ingestor.fromHtml(
                Fixtures.html("Trees for " + link.substring(link.lastIndexOf('/') + 1)), link, link);
        Conversation conversation = new Conversation(site, ingestor, summarizer, store,
                TestWiring.policy(30), Clock.systemUTC());
        bot = new TelegramBot(new TelegramBot.Options(FakeBotApi.TOKEN, api.baseUrl(), 1, channelMode), conversation,
                dispatcher());
        bot.start();
    }

    private void startBot() {
        startBot(FakeSummarizer.standard());
    }

    private Dispatcher dispatcher() {
        return new Dispatcher(store, Dispatcher.Options.defaults().withWorkers(4));
    }

    private List<Call> awaitMessages(long chatId, int count) {
        Await.until(count + " messages to chat " + chatId, () -> api.messagesTo(chatId).size() >= count);
        return api.messagesTo(chatId);
    }

    @Test
    void shouldShowTypingAndAPlaceholderThenEditItIntoTheBriefOfALink() {
        startBot();

        api.push(api.privateMessage(USER, "https://news.test/one"));

        List<Call> messages = awaitMessages(USER, 2);
        Call placeholder = messages.get(0);
        Call brief = messages.get(1);
        assertThat(placeholder.method()).isEqualTo("sendMessage");
        assertThat(placeholder.text()).contains("reading");
        assertThat(brief.method()).isEqualTo("editMessageText");
        assertThat(brief.params().path("message_id").asInt()).isEqualTo(1000);
        assertThat(brief.text()).contains("<b>Trees for one</b>", "EN: The city council");
        assertThat(brief.params().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        assertThat(brief.params().path("reply_markup").toString()).contains("More / المزيد");
        List<String> order = api.calls().stream().map(Call::method).filter(m -> !m.equals("getUpdates")).toList();
        assertThat(order.indexOf("sendChatAction")).isLessThan(order.indexOf("sendMessage"));
    }

    @Test
    void shouldFetchARealLinkFromTheFakeNewsSiteAndBriefItWithTheExtractiveEngine() throws Exception {
        try (FakeNewsSite site = FakeNewsSite.start()) {
            site.page("/souss", "text/html; charset=utf-8",
                    Files.readAllBytes(Path.of("examples", "ar-desalination.html")));
            Ingestor ingestor = TestWiring.ingestor();
            ExtractiveSummarizer extractive = new ExtractiveSummarizer(new EntityExtractor());
            Conversation conversation = new Conversation(ingestor, extractive, store,
                    TestWiring.policy(30), Clock.systemUTC());
            bot = new TelegramBot(new TelegramBot.Options(FakeBotApi.TOKEN, api.baseUrl(), 1, "reply"), conversation,
                    dispatcher());
            bot.start();

            api.push(api.privateMessage(USER, "اقرأ هذا " + site.url("/souss")));

            List<Call> messages = awaitMessages(USER, 2);
            assertThat(messages.get(0).text()).contains("reading");
            assertThat(messages.get(1).method()).isEqualTo("editMessageText");
            assertThat(messages.get(1).text()).contains("محطة جديدة لتحلية مياه البحر في أكادير تدخل الخدمة",
                    "بطاقة إنتاجية تبلغ", "مليار درهم", "Agadir", "extractive");
            assertThat(site.hits("/souss")).isEqualTo(1);
        }
    }

    private void startBotWithPlaceholderAfter(Summarizer summarizer, java.time.Duration delay) {
        Ingestor ingestor = TestWiring.ingestor();
        Function<String, Article> site = link -> ingestor.fromHtml(
                Fixtures.html("Trees for " + link.substring(link.lastIndexOf('/') + 1)), link, link);
        Conversation conversation = new Conversation(site, ingestor, summarizer, store,
                TestWiring.policy(30), Clock.systemUTC());
        bot = new TelegramBot(new TelegramBot.Options(FakeBotApi.TOKEN, api.baseUrl(), 1, "reply"), conversation,
                dispatcher()).withPlaceholderAfter(delay);
        bot.start();
    }

    @Test
    void shouldSendAFastBriefAsOneMessageWithoutAPlaceholder() {
        startBotWithPlaceholderAfter(FakeSummarizer.standard(), java.time.Duration.ofSeconds(30));

        api.push(api.privateMessage(USER, "https://news.test/quick"));

        List<Call> messages = awaitMessages(USER, 1);
        assertThat(messages.get(0).method()).isEqualTo("sendMessage");
        assertThat(messages.get(0).text()).contains("Trees for quick").doesNotContain("reading");
        long later = api.push(api.privateMessage(USER, "/help"));
        Await.until("the next update handled", () -> new Inbox(store).status(later).filter("done"::equals).isPresent());
        assertThat(api.messagesTo(USER)).hasSize(2).noneMatch(c -> c.text().contains("reading"));
        assertThat(api.calls("sendChatAction")).isNotEmpty();
    }

    @Test
    void shouldShowThePlaceholderWhenTheBriefIsSlowAndEditItIntoTheBrief() {
        FakeSummarizer fast = FakeSummarizer.standard();
        Summarizer slow = article -> {
            Await.until("the placeholder to be on screen", () -> api.messagesTo(USER).stream()
                    .anyMatch(c -> c.text().contains("reading")));
            return fast.summarize(article);
        };
        startBotWithPlaceholderAfter(slow, java.time.Duration.ofMillis(100));

        api.push(api.privateMessage(USER, "https://news.test/slow"));

        List<Call> messages = awaitMessages(USER, 2);
        assertThat(messages.get(0).text()).contains("reading");
        assertThat(messages.get(1).method()).isEqualTo("editMessageText");
        assertThat(messages.get(1).text()).contains("Trees for slow");
    }

    @Test
    void shouldBriefTwoLinksInOneMessage() {
        startBot();

        api.push(api.privateMessage(USER, "https://news.test/one and https://news.test/two"));

        List<Call> messages = awaitMessages(USER, 3);
        assertThat(messages).extracting(Call::method).containsExactly("sendMessage", "editMessageText", "sendMessage");
        assertThat(messages.get(1).text()).contains("Trees for one");
        assertThat(messages.get(2).text()).contains("Trees for two");
    }

    @Test
    void shouldBriefAForwardedPost() throws Exception {
        startBot();
        ObjectNode update = api.privateMessage(USER, String.join(" ", Fixtures.PARAGRAPHS.subList(0, 2)));
        ((ObjectNode) update.get("message")).set("forward_origin", new ObjectMapper().readTree(
                "{\"type\":\"hidden_user\",\"date\":1700000000,\"sender_user_name\":\"News Desk\"}"));

        api.push(update);

        assertThat(awaitMessages(USER, 2).get(1).text()).contains("EN: The city council");
    }

    @Test
    void shouldBriefPdfAndHtmlDocuments() {
        startBot();

        api.push(api.documentMessage(USER, "report.pdf", "application/pdf", Fixtures.pdf()));
        api.push(api.documentMessage(USER, "page.html", "text/html", Fixtures.htmlBytes("Trees in a page")));

        List<Call> messages = awaitMessages(USER, 4);
        assertThat(messages.get(1).text()).contains("report.pdf", "EN: The city council of Amman");
        assertThat(messages.get(3).text()).contains("<b>Trees in a page</b>");
        assertThat(api.calls("getFile")).hasSize(2);
    }

    @Test
    void shouldEscapeHtmlSpecialCharactersInTitles() {
        startBot();

        api.push(api.documentMessage(USER, "page.html", "text/html", Fixtures.htmlBytes("Profits < costs & *x* <b>")));

        Call brief = awaitMessages(USER, 2).get(1);
        assertThat(brief.status()).isEqualTo(200);
        assertThat(brief.text()).contains("Profits &lt; costs &amp; *x* &lt;b&gt;");
    }

    @Test
    void shouldAnswerEveryCommandAndRegisterTheMenuInBothLanguages() {
        startBot();
        List<String> commands = List.of("/start", "/help", "/lang en", "/length short", "/recent", "/privacy",
                "/briefing", "/forget", "/nonsense");

        commands.forEach(c -> api.push(api.privateMessage(USER, c)));

        List<Call> messages = awaitMessages(USER, commands.size() + 1);
        assertThat(messages.get(0).text()).contains("Send me a news link");
        assertThat(messages.get(7).params().path("reply_markup").toString()).contains("forget:yes");
        assertThat(messages.get(8).text()).contains("/nonsense");
        assertThat(messages.get(9).text()).contains("/help");
        assertThat(api.calls("setMyCommands")).extracting(c -> c.params().path("language_code").asText(""))
                .containsExactlyInAnyOrder("", "en", "ar");
        assertThat(api.calls("setMyCommands").get(2).params().toString()).contains("forget", "حذف");
    }

    @Test
    void shouldEditTheBriefWhenAButtonIsPressed() {
        startBot();
        api.push(api.privateMessage(USER, "https://news.test/one"));
        Call brief = awaitMessages(USER, 2).get(1);
        String more = brief.params().path("reply_markup").path("inline_keyboard").get(0).get(0)
                .path("callback_data").asText();

        api.push(api.callback(USER, USER, 1000, more));

        List<Call> messages = awaitMessages(USER, 3);
        assertThat(messages.get(2).method()).isEqualTo("editMessageText");
        assertThat(messages.get(2).params().path("message_id").asInt()).isEqualTo(1000);
        assertThat(messages.get(2).text()).contains("• ");
        assertThat(api.calls("answerCallbackQuery")).hasSize(1);
        assertThat(api.calls("sendMessage")).hasSize(1);
    }

    @Test
    void shouldSplitAVeryLongReplyIntoMessagesTelegramAccepts() {
        startBot(FakeSummarizer.verbose(60));
        api.push(api.privateMessage(USER, "/length long"));
        awaitMessages(USER, 1);

        api.push(api.privateMessage(USER, "https://news.test/long"));

        Await.until("the last part with buttons", () -> api.messagesTo(USER).stream()
                .anyMatch(c -> c.params().has("reply_markup") && c.text().contains("engine")));
        List<Call> parts = api.messagesTo(USER).subList(2, api.messagesTo(USER).size());
        assertThat(parts.stream().mapToInt(c -> c.text().length()).sum()).isGreaterThan(9_000);
        assertThat(parts).hasSizeGreaterThanOrEqualTo(3).allSatisfy(c -> assertThat(c.status()).isEqualTo(200));
        assertThat(api.calls()).noneMatch(c -> c.status() == 400);
    }

    @Test
    void shouldIgnoreGroupChatterButAnswerAMentionAndACommand() {
        startBot();
        Inbox inbox = new Inbox(store);

        long chatter = api.push(api.groupMessage(GROUP, USER, "nice weather today"));
        ObjectNode mention = api.groupMessage(GROUP, USER, "@" + FakeBotApi.BOT_USERNAME + " https://news.test/g");
        api.push(mention);
        api.push(api.groupMessage(GROUP, USER, "/help@" + FakeBotApi.BOT_USERNAME));
        long other = api.push(api.groupMessage(GROUP, USER, "/help@SomeOtherBot"));

        List<Call> messages = awaitMessages(GROUP, 3);
        Await.until("all four handled", () -> inbox.status(other).filter("done"::equals).isPresent());
        assertThat(inbox.status(chatter)).contains("done");
        assertThat(api.messagesTo(GROUP)).hasSize(3);
        assertThat(messages.get(1).text()).contains("Trees for g");
        assertThat(messages.get(0).params().path("reply_to_message_id").asInt())
                .isEqualTo(mention.path("message").path("message_id").asInt());
        assertThat(messages.get(2).text()).contains("/lang");
    }

    @Test
    void shouldBriefAChannelPostIntoAReplyToIt() {
        startBot();
        long channel = -100777;
        ObjectNode post = api.message(api.chat(channel, "channel"), null);
        post.put("text", "New today: https://news.test/channel");
        ObjectNode update = new ObjectMapper().createObjectNode();
        update.set("channel_post", post);

        api.push(update);

        ObjectNode chatter = api.message(api.chat(channel, "channel"), null);
        chatter.put("text", "Good morning, readers");
        long ignored = api.push(new ObjectMapper().createObjectNode().set("channel_post", chatter));

        Inbox inbox = new Inbox(store);
        Await.until("the chatter handled", () -> inbox.status(ignored).filter("done"::equals).isPresent());
        List<Call> messages = api.messagesTo(channel);
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).params().path("reply_to_message_id").asInt())
                .isEqualTo(post.path("message_id").asInt());
        assertThat(messages.get(1).text()).contains("Trees for channel");
    }

    @Test
    void shouldBriefAChannelPostInTheDiscussionGroupInDiscussionMode() {
        startBot(FakeSummarizer.standard(), "discussion");
        ObjectNode post = api.message(api.chat(-100777, "channel"), null);
        post.put("text", "New today: https://news.test/direct");
        ObjectNode forwarded = api.groupMessage(GROUP, 777000, "New today: https://news.test/discussed");
        ((ObjectNode) forwarded.get("message")).put("is_automatic_forward", true);

        long direct = api.push(new ObjectMapper().createObjectNode().set("channel_post", post));
        api.push(forwarded);

        List<Call> messages = awaitMessages(GROUP, 2);
        Inbox inbox = new Inbox(store);
        Await.until("the direct post handled", () -> inbox.status(direct).filter("done"::equals).isPresent());
        assertThat(messages.get(1).text()).contains("Trees for discussed");
        assertThat(api.messagesTo(-100777)).isEmpty();
    }

    @Test
    void shouldIgnoreAnUpdateSeenBeforeEvenAfterARestart() {
        startBot();
        Inbox inbox = new Inbox(store);
        ObjectNode update = api.privateMessage(USER, "/help");
        long id = api.push(update);
        Await.until("the first delivery handled", () -> inbox.status(id).filter("done"::equals).isPresent());
        bot.close();
        startBot();

        api.pushAgain(update.deepCopy());
        long later = api.push(api.privateMessage(USER, "/privacy"));

        Await.until("the later update handled", () -> inbox.status(later).filter("done"::equals).isPresent());
        assertThat(api.messagesTo(USER)).hasSize(2);
    }

    @Test
    void shouldWaitOutA429AndRetry() {
        startBot();
        api.failNext("sendMessage", 429, 1);

        api.push(api.privateMessage(USER, "/help"));

        assertThat(awaitMessages(USER, 1).get(0).text()).contains("/lang");
        assertThat(api.calls("sendMessage")).extracting(Call::status).containsExactly(429, 200);
        assertThat(bot.rateLimitedCount()).isEqualTo(1);
    }

    @Test
    void shouldBackOffAndRetryAfterANetworkError() {
        startBot();
        api.failNext("sendMessage", FakeBotApi.DROP, 0);

        api.push(api.privateMessage(USER, "/help"));

        assertThat(awaitMessages(USER, 1).get(0).text()).contains("/lang");
        assertThat(api.calls("sendMessage")).extracting(Call::status).containsExactly(FakeBotApi.DROP, 200);
    }

    @Test
    void shouldMarkTheChatInactiveOn403() {
        startBot();
        api.block(USER);
        Inbox inbox = new Inbox(store);

        long id = api.push(api.privateMessage(USER, "/help"));

        Await.until("the update to be finished", () -> inbox.status(id).filter("done"::equals).isPresent());
        assertThat(new ChatSettings(store).get(USER).active()).isFalse();
        assertThat(api.calls("sendMessage")).extracting(Call::status).containsExactly(403);
    }

    @Test
    void shouldCompletePendingUpdatesOnceAfterACrash() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Inbox inbox = new Inbox(store);
        ObjectNode first = api.privateMessage(USER, "/help");
        first.put("update_id", 71);
        ObjectNode second = api.privateMessage(USER, "/privacy");
        second.put("update_id", 72);
        inbox.offer(71, USER, json.writeValueAsString(first));
        inbox.offer(72, USER, json.writeValueAsString(second));
        api.pushAgain(first);
        api.pushAgain(second);

        startBot();

        Await.until("both pending updates done", () -> inbox.status(72).filter("done"::equals).isPresent()
                && inbox.status(71).filter("done"::equals).isPresent());
        long third = api.push(api.privateMessage(USER, "/start"));
        Await.until("a later update done", () -> inbox.status(third).filter("done"::equals).isPresent());
        List<Call> messages = api.messagesTo(USER);
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0).text()).contains("/lang");
        assertThat(messages.get(1).text()).contains("/forget");
        assertThat(inbox.unfinished()).isEmpty();
    }

    @Test
    void shouldGiveUpOnAnUpdateThatWasStartedThreeTimesWithoutFinishing() throws Exception {
        Inbox inbox = new Inbox(store);
        ObjectNode poison = api.privateMessage(USER, "/help");
        poison.put("update_id", 81);
        inbox.offer(81, USER, new ObjectMapper().writeValueAsString(poison));
        for (int i = 0; i < 3; i++) {
            inbox.attempt(81);
        }

        startBot();
        long later = api.push(api.privateMessage(USER, "/privacy"));

        Await.until("the later update handled", () -> inbox.status(later).filter("done"::equals).isPresent());
        assertThat(inbox.status(81)).contains("failed");
        assertThat(api.messagesTo(USER)).as("the poisoned update is not run again: its user is told once instead")
                .hasSize(2).extracting(Call::text).filteredOn(t -> t.contains("something went wrong")).hasSize(1);
        assertThat(api.messagesTo(USER)).extracting(Call::text).noneMatch(t -> t.contains("What I can do"));
    }

    @Test
    void shouldKeepTheTokenOutOfLogsAndRequestBodiesEvenWhenThingsGoWrong() {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        try {
            startBot();
            api.failNext("sendMessage", FakeBotApi.DROP, 0);
            api.failNext("editMessageText", 429, 1);

            api.push(api.documentMessage(USER, "page.html", "text/html", Fixtures.htmlBytes("Trees in a page")));

            Await.until("the brief after both failures", () -> api.messagesTo(USER).stream()
                    .anyMatch(c -> c.text().contains("Trees in a page")));
        } finally {
            root.detachAppender(logs);
        }
        assertThat(api.tokenSeen()).isEqualTo(FakeBotApi.TOKEN);
        assertThat(logs.list).isNotEmpty().noneMatch(e -> mentionsToken(e.getFormattedMessage())
                || mentionsToken(e.getThrowableProxy()));
        assertThat(api.calls()).noneMatch(c -> c.params().toString().contains(FakeBotApi.TOKEN));
    }

    private static boolean mentionsToken(IThrowableProxy t) {
        return t != null && (mentionsToken(t.getMessage()) || mentionsToken(t.getCause()));
    }

    private static boolean mentionsToken(String s) {
        return s != null && s.contains(FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':')));
    }
}

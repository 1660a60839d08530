package org.mojaz.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Dispatcher;
import org.mojaz.core.Article;
import org.mojaz.core.Language;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.ingest.Ingestor;
import org.mojaz.qa.QaOptions;
import org.mojaz.qa.QuestionAnswering;
import org.mojaz.qa.QuestionHandler;
import org.mojaz.store.BriefMessages;
import org.mojaz.store.Store;
import org.mojaz.testing.Await;
import org.mojaz.testing.FakeBotApi.Call;
import org.mojaz.testing.FakeBotApi;
import org.mojaz.testing.FakeSummarizer;
import org.mojaz.testing.TestWiring;

/**
 * A reply to any message of a brief asks about that brief's article: the placeholder edited into its first part,
 * a middle part of a brief split over several messages, not only the part that carries the buttons.
 */
class ReplyScopeTest {
    private static final long ALICE = 3001;
    private static final long BOB = 3002;
    private static final String RIVERSIDE = "https://news.test/en/riverside-library";
    private static final String EASTPORT = "https://news.test/en/eastport-library";
    /** The fake Bot API numbers the messages it is sent from here, in the order they come. */
    private static final int FIRST_MESSAGE_ID = 1000;
    private static final Map<String, Article> PAGES = Map.of(
            RIVERSIDE, article(RIVERSIDE, "Riverside will open a new public library", List.of(
                    "The town of Riverside will open its new public library on 12 May, mayor Lina Haddad said on Monday.",
                    "The library will hold 80,000 books, a children's wing and a reading garden.",
                    "Building work cost 6 million dollars and took two years.")),
            EASTPORT, article(EASTPORT, "Eastport finishes its new city library", List.of(
                    "The city of Eastport will open its new library on 30 June, councillor Omar Saleh said on Friday.",
                    "The building has four floors and a hall for 300 people.",
                    "Its archive will keep the city's newspapers since 1890.")));

    @TempDir
    Path dir;
    private FakeBotApi api;
    private Store store;
    private TelegramBot bot;

    @BeforeEach
    void setUp() {
        api = FakeBotApi.start();
        store = Store.open(dir.resolve("mojaz.db"));
        Conversation conversation = new Conversation(PAGES::get, TestWiring.ingestor(), FakeSummarizer.verbose(60),
                store, TestWiring.policy(30), Clock.systemUTC());
        QuestionHandler questions = new QuestionHandler(QuestionAnswering.build(
                new QaOptions(Duration.ofDays(30), 3, 0.55), store, new EntityExtractor(), Optional.empty(),
                Clock.systemUTC()));
        conversation.onQuestion(questions);
        bot = new TelegramBot(new TelegramBot.Options(FakeBotApi.TOKEN, api.baseUrl(), 1, "reply"), conversation,
                new Dispatcher(store, Dispatcher.Options.defaults().withWorkers(2)));
        bot.start();
    }

    @AfterEach
    void tearDown() {
        bot.close();
        api.close();
        store.close();
    }

    private static Article article(String url, String title, List<String> paragraphs) {
        return new Article(url, url, title, null, "2026-11-30", "News Test", Language.ENGLISH, paragraphs,
                Ingestor.contentHash(String.join("\n\n", paragraphs)), Instant.parse("2026-11-30T10:00:00Z"));
    }

    /** Sends a message and waits for every reply to it; returns those messages (the placeholder edit included). */
    private List<Call> send(long user, ObjectNode update, String lastPartHolds) {
        int before = api.messagesTo(user).size();
        api.push(update);
        Await.until("the replies to " + user, () -> api.messagesTo(user).stream().skip(before)
                .anyMatch(c -> c.text().contains(lastPartHolds)));
        List<Call> all = api.messagesTo(user);
        return all.subList(before, all.size());
    }

    /** The messages of a brief as the chat sees them: the placeholder edited into the first part, then the rest. */
    private List<Call> brief(long user, String link) {
        return send(user, api.privateMessage(user, link), "engine").stream()
                .filter(c -> !c.text().startsWith("⏳")).toList();
    }

    private String ask(long user, ObjectNode update) {
        List<Call> answer = send(user, update, "");
        return answer.get(0).text().replaceAll("[\u2066-\u2069\u200F\u200E]", "");
    }

    /** The id the message has in its chat: an edit names it, a new message got the fake's next number. */
    private int idOf(Call message) {
        if (message.method().equals("editMessageText")) {
            return message.params().path("message_id").asInt();
        }
        List<Call> sent = api.calls("sendMessage").stream().filter(c -> c.status() == 200).toList();
        return FIRST_MESSAGE_ID + sent.indexOf(message);
    }

    /** A user's reply to a message of the bot, as Telegram delivers it: that message's id, text and buttons, if any. */
    private ObjectNode replyTo(long user, int messageId, Call botMessage, String text) {
        ObjectNode update = api.privateMessage(user, text);
        ObjectNode replied = api.message(api.chat(user, "private"), null);
        replied.put("message_id", messageId);
        ObjectNode from = api.user(FakeBotApi.BOT_ID, "en");
        from.put("is_bot", true);
        replied.set("from", from);
        replied.put("text", botMessage.text());
        if (botMessage.params().has("reply_markup")) {
            replied.set("reply_markup", botMessage.params().path("reply_markup"));
        }
        ((ObjectNode) update.get("message")).set("reply_to_message", replied);
        return update;
    }

    @Test
    void should_answer_a_reply_to_any_part_of_a_split_brief_from_that_article_with_its_source() {
        // given a long brief split over several messages, then a more recent brief on the same subject
        send(ALICE, api.privateMessage(ALICE, "/length long"), "");
        List<Call> riverside = brief(ALICE, RIVERSIDE);
        brief(ALICE, EASTPORT);
        Call first = riverside.get(0);
        Call middle = riverside.get(1);

        // when the user replies to the first part (the edited placeholder) and to a middle part, neither with buttons
        String toMiddle = ask(ALICE, replyTo(ALICE, idOf(middle), middle, "When will the new library open?"));
        String toFirst = ask(ALICE, replyTo(ALICE, idOf(first), first, "When will the new library open?"));

        // then both are answered from that article, with its source, not from the more recent one
        assertThat(riverside).hasSizeGreaterThanOrEqualTo(3);
        assertThat(first.method()).isEqualTo("editMessageText");
        assertThat(List.of(first, middle)).allSatisfy(c -> assertThat(c.params().has("reply_markup")).isFalse());
        assertThat(toMiddle).contains("12 May", RIVERSIDE).doesNotContain("30 June", EASTPORT);
        assertThat(toFirst).contains("12 May", RIVERSIDE).doesNotContain("30 June", EASTPORT);
    }

    @Test
    void should_not_let_another_chat_reach_an_article_through_a_message_id_of_this_chat() {
        // given Alice's split brief and Bob's own brief
        send(ALICE, api.privateMessage(ALICE, "/length long"), "");
        Call middle = brief(ALICE, RIVERSIDE).get(1);
        brief(BOB, EASTPORT);

        // when Bob replies naming the id of Alice's message
        String answer = ask(BOB, replyTo(BOB, idOf(middle), middle, "When will the new library open?"));

        // then he gets nothing of Alice's article
        assertThat(answer).doesNotContain("12 May", RIVERSIDE, "Riverside").contains("30 June", EASTPORT);
    }

    @Test
    void should_forget_which_messages_showed_which_article_with_forget() {
        // given a split brief whose every message is remembered
        send(ALICE, api.privateMessage(ALICE, "/length long"), "");
        List<Call> riverside = brief(ALICE, RIVERSIDE);
        BriefMessages messages = new BriefMessages(store);
        // the map row of the last part is written once Telegram has answered its send, which the fake saw first
        Await.until("every part remembered", () -> messages.count(ALICE) == riverside.size());
        int remembered = messages.count(ALICE);

        // when the chat is forgotten
        List<Call> ask = send(ALICE, api.privateMessage(ALICE, "/forget"), "");
        String yes = ask.get(0).params().path("reply_markup").path("inline_keyboard").get(0).get(0)
                .path("callback_data").asText();
        api.push(api.callback(ALICE, ALICE, idOf(ask.get(0)), yes));
        Await.until("the chat forgotten", () -> store.recentArticles(ALICE, 5).isEmpty());

        // then no message of it leads to the article any more
        assertThat(remembered).isEqualTo(riverside.size());
        assertThat(messages.count(ALICE)).isZero();
        assertThat(messages.article(ALICE, idOf(riverside.get(1)))).isEmpty();
    }
}

package org.mojaz.qa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Dispatcher;
import org.mojaz.core.Article;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.store.PassageIndex;
import org.mojaz.store.QuestionLog;
import org.mojaz.store.Store;
import org.mojaz.telegram.TelegramBot;
import org.mojaz.testing.Await;
import org.mojaz.testing.FakeBotApi.Call;
import org.mojaz.testing.FakeBotApi;
import org.mojaz.testing.FakeSummarizer;
import org.mojaz.testing.TestWiring;

/** Questions through the real bot client against the fake Bot API, answered from our own articles. */
class QuestionBotTest {
    private static final long ALICE = 2001;
    private static final long BOB = 2002;
    private static final Map<String, Article> PAGES = Map.of(
            "https://news.test/ar/manoeuvres", QaArticles.manoeuvres(),
            "https://news.test/en/gas", QaArticles.gas(),
            "https://news.test/en/water", QaArticles.waterPipeline());

    @TempDir
    Path dir;
    private FakeBotApi api;
    private Store store;
    private TelegramBot bot;

    @BeforeEach
    void setUp() {
        api = FakeBotApi.start();
        store = Store.open(dir.resolve("mojaz.db"));
        Function<String, Article> site = PAGES::get;
        Conversation conversation = new Conversation(site, TestWiring.ingestor(), FakeSummarizer.standard(), store,
                TestWiring.policy(30), Clock.systemUTC());
        QuestionHandler questions = new QuestionHandler(QuestionAnswering.build(QuestionAnswererTest.OPTIONS, store,
                new EntityExtractor(), Optional.empty(), Clock.systemUTC()));
        conversation.onQuestion(questions);
        conversation.addCommand(QuestionHandler.ASK, questions.command());
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

    /** Sends a link and returns the brief as the bot sent it (the last message to the chat). */
    private Call brief(long user, String link) {
        int before = api.messagesTo(user).size();
        api.push(api.privateMessage(user, link));
        Await.until("the brief of " + link, () -> api.messagesTo(user).stream().skip(before)
                .anyMatch(c -> c.params().path("reply_markup").toString().contains("callback_data")));
        List<Call> calls = api.messagesTo(user);
        return calls.get(calls.size() - 1);
    }

    /** Sends a message and returns the text of the bot's next message to that chat. */
    private String ask(long user, ObjectNode update) {
        int before = api.messagesTo(user).size();
        api.push(update);
        Await.until("an answer to " + user, () -> api.messagesTo(user).size() > before);
        return plain(api.messagesTo(user).get(before).text());
    }

    /** The text without the direction marks and isolates that keep Arabic and Latin runs in order on screen. */
    private static String plain(String html) {
        return html.replaceAll("[\u2066-\u2069\u200F]", "");
    }

    /** A user's reply to one of the bot's messages, carrying that message's buttons as Telegram does. */
    private ObjectNode replyTo(long user, Call botMessage, String text) {
        ObjectNode update = api.privateMessage(user, text);
        ObjectNode replied = api.message(api.chat(user, "private"), null);
        ObjectNode from = api.user(FakeBotApi.BOT_ID, "en");
        from.put("is_bot", true);
        replied.set("from", from);
        replied.put("text", botMessage.text());
        replied.set("reply_markup", botMessage.params().path("reply_markup"));
        ((ObjectNode) update.get("message")).set("reply_to_message", replied);
        return update;
    }

    @Test
    void should_answer_a_reply_to_a_brief_from_that_article_and_name_its_source() {
        Call manoeuvres = brief(ALICE, "https://news.test/ar/manoeuvres");
        brief(ALICE, "https://news.test/en/gas"); // the latest article is another one

        String answer = ask(ALICE, replyTo(ALICE, manoeuvres, "متى تنتهي المناورات؟"));

        assertThat(answer).contains("19 سبتمبر", "https://news.test/ar/manoeuvres", "استخراجي")
                .doesNotContain("news.test/en/gas");
    }

    @Test
    void should_find_an_arabic_article_for_an_english_question_and_refuse_what_it_does_not_say() {
        brief(ALICE, "https://news.test/ar/manoeuvres");

        String found = ask(ALICE, api.privateMessage(ALICE, "How many soldiers from Algeria and Tunisia take part?"));
        String refused = ask(ALICE, api.privateMessage(ALICE, "/ask Who won the football match?"));

        assertThat(found).contains("3200", "Sources", "engine: extractive");
        assertThat(refused).contains("I could not find this in your articles.").doesNotContain("Sources");
    }

    @Test
    void should_never_answer_one_chat_from_another_chats_articles() {
        brief(ALICE, "https://news.test/ar/manoeuvres");
        brief(BOB, "https://news.test/en/water");

        String answer = ask(BOB, api.privateMessage(BOB, "كم عدد الجنود المشاركين في المناورات؟"));

        assertThat(answer).doesNotContain("3200").contains("لم أجد هذا في مقالاتك");
    }

    @Test
    void should_forget_articles_passages_and_question_memory_with_forget() {
        brief(ALICE, "https://news.test/en/water");
        ask(ALICE, api.privateMessage(ALICE, "How long is the water pipeline?"));
        long aliceTurns = new QuestionLog(store).recent(ALICE, 5).size();

        ask(ALICE, api.privateMessage(ALICE, "/forget"));
        List<Call> messages = api.messagesTo(ALICE);
        String data = messages.get(messages.size() - 1).params().path("reply_markup").path("inline_keyboard").get(0)
                .get(0).path("callback_data").asText();
        api.push(api.callback(ALICE, ALICE, 1, data));
        Await.until("the chat forgotten", () -> store.recentArticles(ALICE, 5).isEmpty()
                && api.calls().stream().anyMatch(c -> c.text() != null && c.text().startsWith("Deleted")));

        assertThat(aliceTurns).isEqualTo(1);
        assertThat(new QuestionLog(store).recent(ALICE, 5)).isEmpty();
        assertThat(new PassageIndex(store).countPassages()).isZero();
        String after = ask(ALICE, api.privateMessage(ALICE, "How long is the water pipeline?"));
        assertThat(after).contains("send me a link first");
    }
}

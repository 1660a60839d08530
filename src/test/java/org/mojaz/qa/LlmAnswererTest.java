package org.mojaz.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.llm.CircuitBreaker;
import org.mojaz.llm.DailyBudget;
import org.mojaz.llm.LlmModels;
import org.mojaz.llm.LlmOptions;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.store.LlmCallLog;
import org.mojaz.store.Store;
import org.mojaz.store.StoredArticle;
import org.mojaz.testing.FakeOpenAi;

/** Answers by a model (a local fake OpenAI-compatible server), checked before they are trusted. */
class LlmAnswererTest {
    private static final EntityExtractor ENTITIES = new EntityExtractor();
    private static final String QUESTION = "Where was the gas agreement signed?";

    @TempDir
    Path dir;
    private final FakeOpenAi server = new FakeOpenAi();
    private Store store;
    private QuestionAnswerer qa;
    private StoredArticle gas;

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("m.db"));
        Clock clock = Clock.systemUTC();
        LlmOptions options = new LlmOptions("openai-compatible", "test-model", server.baseUrl(), Duration.ofSeconds(10),
                0.2, 400);
        LlmCallLog calls = new LlmCallLog(store, clock);
        QuestionAnswering.Model model = new QuestionAnswering.Model(
                LlmModels.chat(options, "sk-test", new CircuitBreaker(3, Duration.ofSeconds(60), clock)).orElseThrow(),
                PromptTemplates.load(null), calls, new DailyBudget(50, 2000, calls::callsToday, calls::callsToday));
        qa = QuestionAnswering.build(QuestionAnswererTest.OPTIONS, store, ENTITIES, Optional.of(model), clock);
        gas = store.saveArticle(1, QaArticles.gas());
    }

    @AfterEach
    void tearDown() {
        store.close();
        server.close();
    }

    @Test
    void should_answer_in_the_models_words_with_the_passages_it_cites() {
        server.reply("The agreement was signed in Rome on 3 March [1].");

        Answer answer = qa.answer(1, QUESTION, gas.id());

        assertThat(answer.engine()).isEqualTo("llm:openai-compatible/test-model");
        assertThat(answer.text()).isEqualTo("The agreement was signed in Rome on 3 March [1].");
        assertThat(answer.citations()).hasSize(1);
        assertThat(answer.citations().get(0).passage()).contains("Rome");
        assertThat(server.requestCount()).isEqualTo(1);
        String sent = server.lastRequest().body();
        assertThat(sent).contains("<passages>", "[1] (English; article: Algeria agrees to raise gas exports to Italy)",
                "<question>", QUESTION);
    }

    @Test
    void should_fall_back_to_the_extractive_answer_when_the_model_cites_a_passage_that_does_not_exist() {
        server.reply("It was signed in Rome [7].");

        Answer answer = qa.answer(1, QUESTION, gas.id());

        assertThat(server.requestCount()).isEqualTo(2); // one repair, then the extractive engine
        assertThat(server.lastRequest().body()).contains("Citation [7] names no passage");
        assertThat(answer.engine()).isEqualTo("extractive");
        assertThat(answer.text()).contains("Rome");
        assertThat(answer.notice()).isNotNull();
    }

    @Test
    void should_fall_back_to_the_extractive_answer_when_the_model_cites_nothing() {
        server.reply("It was signed in Rome.");

        Answer answer = qa.answer(1, QUESTION, gas.id());

        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(answer.engine()).isEqualTo("extractive");
        assertThat(answer.citations()).isNotEmpty();
    }

    @Test
    void should_repair_an_answer_whose_number_is_not_in_the_cited_passage() {
        server.reply("It was signed in Rome on 5 March [1].").reply("It was signed in Rome on 3 March [1].");

        Answer answer = qa.answer(1, QUESTION, gas.id());

        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(server.lastRequest().body()).contains("The number 5 is not in the passages the answer cites");
        assertThat(answer.engine()).startsWith("llm:");
        assertThat(answer.text()).contains("3 March");
    }

    @Test
    void should_say_not_in_your_articles_when_the_model_finds_nothing() {
        server.reply("NOT_FOUND");

        Answer answer = qa.answer(1, "Who signed the agreement for Italy?", gas.id());

        assertThat(answer.found()).isFalse();
        assertThat(answer.text()).isEqualTo("I could not find this in your articles.");
        assertThat(answer.citations()).isEmpty();
    }

    @Test
    void should_answer_the_same_question_on_the_same_passages_from_the_cache() {
        server.reply("The agreement was signed in Rome [1].");

        Answer first = qa.answer(1, QUESTION, gas.id());
        store.forgetChat(2); // another chat's /forget leaves this chat's cache alone
        Answer second = qa.answer(1, QUESTION, gas.id());

        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(second.text()).isEqualTo(first.text());
    }

    @Test
    void should_answer_without_the_model_once_the_chats_daily_budget_is_spent() {
        server.reply("The agreement was signed in Rome [1].");
        LlmCallLog calls = new LlmCallLog(store, Clock.systemUTC());
        for (int i = 0; i < 50; i++) {
            calls.record(1L, "llm:openai-compatible/test-model", "ok", 10, 10);
        }

        Answer answer = qa.answer(1, QUESTION, gas.id());

        assertThat(server.requestCount()).isZero();
        assertThat(answer.engine()).isEqualTo("extractive");
        assertThat(answer.notice()).contains("budget");
    }
}

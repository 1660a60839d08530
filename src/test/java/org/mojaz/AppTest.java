package org.mojaz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.config.ConfigSource;
import org.mojaz.config.Settings;
import org.mojaz.core.Article;
import org.mojaz.core.Service;
import org.mojaz.llm.LlmMessage;
import org.mojaz.llm.ModelUnavailableException;
import org.mojaz.llm.ResponseShape;
import org.mojaz.summary.Digest;
import org.mojaz.testing.FakeOpenAi;
import org.mojaz.testing.Fixtures;

/** The wiring: built from settings alone, one model chat with one breaker and one budget, services started once. */
class AppTest {
    private static final String ANSWER = "{\"summary_ar\":\"وافق مجلس مدينة عمان على زراعة الأشجار على الطرق الرئيسية بتكلفة 5 ملايين دينار.\","
            + "\"summary_en\":\"The city council of Amman approved a plan to plant trees along the main roads of the"
            + " city for 5 million dinars.\","
            + "\"key_points_ar\":[\"قرر المجلس زراعة الأشجار.\"],\"key_points_en\":[\"The council will plant trees.\"],"
            + "\"entities\":[]}";

    @TempDir
    Path dir;
    private final FakeOpenAi openAi = new FakeOpenAi();

    @AfterEach
    void stop() {
        openAi.close();
    }

    /** An empty prompts folder: the jar's templates are the defaults, and a folder named in config must exist. */
    private Path prompts() {
        try {
            return java.nio.file.Files.createDirectories(dir.resolve("prompts"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private App app(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("MOJAZ_DATABASE_PATH", dir.resolve("mojaz.db").toString());
        env.put("MOJAZ_PROMPTS_DIR", prompts().toString());
        return App.build(Settings.from(ConfigSource.load(null, env), env));
    }

    private App withModel(String breakerFailures) {
        return app(Map.of("MOJAZ_LLM_PROVIDER", "openai-compatible", "MOJAZ_LLM_MODEL", "test-model",
                "MOJAZ_LLM_BASE_URL", openAi.baseUrl(), "MOJAZ_LLM_BREAKER_FAILURES", breakerFailures));
    }

    private static Article article(App app) {
        return app.ingestor().fromText(Fixtures.pasted("Trees for Amman"), "text:pasted");
    }

    @Test
    void should_use_the_extractive_engine_alone_when_no_provider_is_configured() {
        try (App app = app(Map.of())) {
            assertThat(app.llm()).isEmpty();
            assertThat(app.summarizer()).isSameAs(app.extractive());
        }
    }

    @Test
    void should_build_the_cached_model_chain_so_a_second_chat_costs_no_call() {
        // given
        openAi.reply(ANSWER);
        try (App app = withModel("3")) {
            Article article = article(app);

            // when
            Digest first = app.summarizer().summarize(article, 1L);
            Digest second = app.summarizer().summarize(article, 2L);

            // then
            assertThat(first.engine()).isEqualTo("llm:openai-compatible/test-model");
            assertThat(second).isEqualTo(first);
            assertThat(openAi.requestCount()).isEqualTo(1);
            assertThat(openAi.lastRequest().header("Authorization")).isEqualTo("Bearer not-needed");
            assertThat(app.calls().callsToday(1L)).isEqualTo(1);
        }
    }

    @Test
    void should_pause_the_model_for_every_user_once_the_shared_breaker_opens() {
        // given: the breaker opens after one outage
        openAi.fail(500);
        try (App app = withModel("1")) {

            // when: the summaries meet the outage
            Digest digest = app.summarizer().summarize(article(app), 1L);

            // then: any other user of the same model (answers, overviews) finds it paused, without a request
            assertThat(digest.engine()).isEqualTo("extractive");
            assertThat(app.breaker().isOpen()).isTrue();
            assertThatThrownBy(() -> app.llm().orElseThrow().chat(List.of(LlmMessage.user("hi")), ResponseShape.TEXT))
                    .isInstanceOfSatisfying(ModelUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(ModelUnavailableException.Reason.BREAKER_OPEN));
            assertThat(openAi.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void should_count_every_users_calls_against_one_daily_budget() {
        // given: one call a day per chat
        openAi.reply(ANSWER);
        try (App app = app(Map.of("MOJAZ_LLM_PROVIDER", "openai-compatible", "MOJAZ_LLM_MODEL", "test-model",
                "MOJAZ_LLM_BASE_URL", openAi.baseUrl(), "MOJAZ_LLM_DAILY_CALLS_PER_CHAT", "1"))) {
            app.summarizer().summarize(article(app), 7L);

            // when / then: another user of the model for the same chat is over budget too
            assertThatThrownBy(() -> app.budget().check(7L))
                    .isInstanceOfSatisfying(ModelUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(ModelUnavailableException.Reason.OVER_BUDGET));
            app.budget().check(8L);
        }
    }

    @Test
    void should_answer_questions_in_the_conversation_and_with_ask_from_the_chats_articles() {
        try (App app = app(Map.of())) {
            // given: an article the terminal chat pasted, saved through the conversation
            org.mojaz.chat.Conversation chat = app.conversation(true);
            chat.handle(org.mojaz.chat.Message.text(42, 42, Fixtures.pasted("Trees for Amman")));

            // when
            String plain = chat.handle(org.mojaz.chat.Message.text(42, 42, "How much will the plan cost?")).get(0)
                    .plainText();
            String asked = chat.handle(org.mojaz.chat.Message.text(42, 42, "/ask Who leads the council?")).get(0)
                    .plainText();

            // then
            assertThat(plain).contains("5 million dinars", "engine: extractive");
            assertThat(asked).contains("Samira Haddad");
            assertThat(chat.commands()).extracting(org.mojaz.chat.CommandInfo::name).contains("ask");
        }
    }

    @Test
    void should_start_services_once_and_close_them_in_reverse_order_with_the_app() {
        // given
        List<String> events = new ArrayList<>();
        App app = app(Map.of());
        app.addService(service("scheduler", events));
        app.addService(service("poller", events));

        // when
        app.startServices();
        app.startServices();
        int running = app.runningServices();
        app.close();
        app.close();

        // then
        assertThat(running).isEqualTo(2);
        assertThat(events).containsExactly("start scheduler", "start poller", "close poller", "close scheduler");
        assertThat(app.runningServices()).isZero();
    }

    private static Service service(String name, List<String> events) {
        return new Service() {
            @Override
            public void start() {
                events.add("start " + name);
            }

            @Override
            public void close() {
                events.add("close " + name);
            }
        };
    }
}

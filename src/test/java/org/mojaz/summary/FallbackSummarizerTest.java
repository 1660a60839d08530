package org.mojaz.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mojaz.summary.NewsFixtures.API_KEY;
import static org.mojaz.summary.NewsFixtures.SUMMARY;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mojaz.config.Settings;
import org.mojaz.llm.ModelUnavailableException;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.testing.FakeOpenAi;
import org.mojaz.testing.MutableClock;
import org.slf4j.LoggerFactory;

class FallbackSummarizerTest {
    private final FakeOpenAi openAi = new FakeOpenAi();
    private final FakeExtractive extractive = new FakeExtractive();
    private final PromptTemplates prompts = PromptTemplates.load(Path.of("no-such-folder"));

    @AfterEach
    void stop() {
        openAi.close();
    }

    private Summarizer chain(Settings.Llm llm, Clock clock) {
        LlmSummarizer primary = new LlmSummarizer(NewsFixtures.chat(llm, API_KEY, clock).orElseThrow(), prompts,
                SUMMARY, 6000);
        return new FallbackSummarizer(primary, extractive);
    }

    private Summarizer chain() {
        return chain(NewsFixtures.llm("openai-compatible", openAi.baseUrl()), Clock.systemUTC());
    }

    @Test
    void shouldReturnTheModelDigestWithoutNoticeWhenTheModelAnswers() {
        // given
        openAi.reply(NewsFixtures.answerForEnglish());

        // when
        Digest d = chain().summarize(NewsFixtures.english(), 7L);

        // then
        assertThat(d.engine()).startsWith("llm:");
        assertThat(d.notice()).isNull();
        assertThat(extractive.calls).hasValue(0);
    }

    @Test
    void shouldFallBackWithItsReasonOnRateLimit() {
        // given
        openAi.fail(429);

        // when
        Digest d = chain().summarize(NewsFixtures.english());

        // then
        assertThat(d.engine()).isEqualTo("extractive");
        assertThat(d.notice()).startsWith("the model is rate-limited right now" + " · ");
        assertThat(openAi.requestCount()).isEqualTo(1);
    }

    @Test
    void shouldFallBackWithItsReasonOnServerError() {
        // given
        openAi.fail(500);

        // when
        Digest d = chain().summarize(NewsFixtures.english());

        // then
        assertThat(d.engine()).isEqualTo("extractive");
        assertThat(d.notice()).startsWith("the model service had an error" + " · ");
    }

    @Test
    void shouldFallBackWithItsReasonWhenTheModelIsTooSlow() {
        // given
        openAi.slow(Duration.ofSeconds(5), NewsFixtures.answerForEnglish());
        Settings.Llm shortTimeout = NewsFixtures.llm("openai-compatible", openAi.baseUrl(), Duration.ofMillis(300), 3);

        // when
        Digest d = chain(shortTimeout, Clock.systemUTC()).summarize(NewsFixtures.english());

        // then
        assertThat(d.engine()).isEqualTo("extractive");
        assertThat(d.notice()).startsWith("the model timed out" + " · ");
    }

    @Test
    void shouldFallBackWithItsReasonWhenNothingListens() throws IOException {
        // given
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Settings.Llm nowhere = NewsFixtures.llm("openai-compatible", "http://127.0.0.1:" + closedPort + "/v1");

        // when
        Digest d = chain(nowhere, Clock.systemUTC()).summarize(NewsFixtures.english());

        // then
        assertThat(d.engine()).isEqualTo("extractive");
        assertThat(d.notice()).startsWith("the model could not be reached" + " · ");
    }

    @Test
    void shouldFallBackWhenTheAnswerIsInvalidTwice() {
        // given
        openAi.reply("no json here").reply("{}");

        // when
        Digest d = chain().summarize(NewsFixtures.english());

        // then
        assertThat(d.engine()).isEqualTo("extractive");
        assertThat(d.notice()).startsWith("the model's answer could not be used" + " · ");
        assertThat(openAi.requestCount()).isEqualTo(2);
    }

    @Test
    void shouldOpenTheBreakerAfterFailuresInARowAndCloseItAfterTheCooldown() {
        // given
        MutableClock clock = new MutableClock(Instant.parse("2026-09-15T08:00:00Z"));
        Summarizer chain = chain(NewsFixtures.llm("openai-compatible", openAi.baseUrl(), Duration.ofSeconds(10), 2),
                clock);
        openAi.fail(500).fail(500).fail(500).reply(NewsFixtures.answerForEnglish());

        // when
        chain.summarize(NewsFixtures.english());
        chain.summarize(NewsFixtures.english());
        Digest whileOpen = chain.summarize(NewsFixtures.english());
        clock.advance(Duration.ofSeconds(59));
        Digest stillOpen = chain.summarize(NewsFixtures.english());
        int callsWhileOpen = openAi.requestCount();
        clock.advance(Duration.ofSeconds(2));
        Digest halfOpenTrialFails = chain.summarize(NewsFixtures.english());
        Digest reopened = chain.summarize(NewsFixtures.english());
        clock.advance(Duration.ofSeconds(61));
        Digest closed = chain.summarize(NewsFixtures.english());

        // then
        assertThat(callsWhileOpen).isEqualTo(2);
        assertThat(whileOpen.notice()).startsWith("the model is paused after repeated failures" + " · ");
        assertThat(stillOpen.notice()).startsWith("the model is paused after repeated failures" + " · ");
        assertThat(halfOpenTrialFails.notice()).startsWith("the model service had an error" + " · ");
        assertThat(reopened.notice()).startsWith("the model is paused after repeated failures" + " · ");
        assertThat(closed.engine()).startsWith("llm:");
        assertThat(closed.notice()).isNull();
        assertThat(openAi.requestCount()).isEqualTo(4);
    }

    @Test
    void shouldNeverPutTheApiKeyInLogsOrExceptionMessages() {
        // given
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        LoggerContext context = root.getLoggerContext();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.setContext(context);
        logs.start();
        root.addAppender(logs);
        context.getLogger("org.mojaz").setLevel(ch.qos.logback.classic.Level.DEBUG);
        context.getLogger("dev.langchain4j").setLevel(ch.qos.logback.classic.Level.DEBUG);
        openAi.failEchoing(401, "invalid key " + API_KEY).failEchoing(500, "upstream said " + API_KEY)
                .reply("{\"summary_en\": \"" + API_KEY + "\"}");
        LlmSummarizer llm = new LlmSummarizer(NewsFixtures.chat(NewsFixtures.llm("openai-compatible", openAi.baseUrl()),
                API_KEY, Clock.systemUTC()).orElseThrow(), prompts, SUMMARY, 6000);
        StringBuilder thrown = new StringBuilder();

        // when
        try {
            for (int i = 0; i < 3; i++) {
                try {
                    llm.summarize(NewsFixtures.english());
                } catch (ModelUnavailableException e) {
                    StringWriter trace = new StringWriter();
                    e.printStackTrace(new PrintWriter(trace));
                    thrown.append(e.getMessage()).append(trace);
                }
            }
            new FallbackSummarizer(llm, extractive).summarize(NewsFixtures.english());
        } finally {
            root.detachAppender(logs);
            context.getLogger("org.mojaz").setLevel(null);
            context.getLogger("dev.langchain4j").setLevel(null);
        }

        // then
        assertThat(thrown.toString()).contains("BAD_KEY", "SERVER_ERROR", "INVALID_OUTPUT").doesNotContain(API_KEY);
        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent event : logs.list) {
            String all = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(all).doesNotContain(API_KEY).doesNotContain(openAi.baseUrl());
        }
    }
}

package org.mojaz.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mojaz.summary.NewsFixtures.API_KEY;
import static org.mojaz.summary.NewsFixtures.SUMMARY;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mojaz.llm.LlmModels;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.testing.FakeOpenAi;
import org.slf4j.LoggerFactory;

/** A bad key or an unknown model is the operator's error: told once, naming the setting, and not an outage. */
class ModelConfigurationErrorTest {
    private final FakeOpenAi openAi = new FakeOpenAi();
    private final FakeExtractive extractive = new FakeExtractive();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void listen() {
        logs.setContext(root.getLoggerContext());
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stop() {
        root.detachAppender(logs);
        openAi.close();
    }

    private Summarizer chain() {
        // the breaker opens after 3 outages in a row
        LlmSummarizer llm = new LlmSummarizer(NewsFixtures.chat(NewsFixtures.llm("openai-compatible", openAi.baseUrl()),
                API_KEY, Clock.systemUTC()).orElseThrow(), PromptTemplates.load(Path.of("no-such-folder")), SUMMARY,
                6000);
        return new FallbackSummarizer(llm, extractive);
    }

    private List<String> errors() {
        List<String> out = new ArrayList<>();
        for (ILoggingEvent e : logs.list) {
            if (e.getLevel() == Level.ERROR) {
                out.add(e.getFormattedMessage());
            }
        }
        return out;
    }

    private List<Digest> fiveBriefs() {
        Summarizer chain = chain();
        List<Digest> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            out.add(chain.summarize(NewsFixtures.english(), 3L));
        }
        return out;
    }

    @Test
    void shouldTellTheOperatorOnceAboutARefusedKeyAndNeverOpenTheBreaker() {
        // given
        openAi.fail(401);

        // when
        List<Digest> briefs = fiveBriefs();

        // then
        assertThat(openAi.requestCount()).isEqualTo(5);
        assertThat(briefs).allSatisfy(d -> {
            assertThat(d.engine()).isEqualTo("extractive");
            assertThat(d.notice()).startsWith("the model service refused our key · ");
        });
        assertThat(errors()).hasSize(1);
        assertThat(errors().get(0)).contains("MOJAZ_LLM_API_KEY").doesNotContain(API_KEY);
    }

    @Test
    void shouldTreatAForbiddenKeyLikeARefusedOne() {
        // given
        openAi.fail(403);

        // when
        List<Digest> briefs = fiveBriefs();

        // then
        assertThat(openAi.requestCount()).isEqualTo(5);
        assertThat(briefs.get(4).notice()).startsWith("the model service refused our key · ");
        assertThat(errors()).hasSize(1);
    }

    @Test
    void shouldTellTheOperatorOnceAboutAnUnknownModelNamingTheSettingAndNeverOpenTheBreaker() {
        // given
        openAi.fail(404);

        // when
        List<Digest> briefs = fiveBriefs();

        // then
        assertThat(openAi.requestCount()).isEqualTo(5);
        assertThat(briefs.get(4).notice()).startsWith("the configured model was not found · ");
        assertThat(errors()).hasSize(1);
        assertThat(errors().get(0)).contains("llm.model").contains("MOJAZ_LLM_MODEL");
    }

    @Test
    void shouldStillOpenTheBreakerOnRealOutages() {
        // given
        openAi.fail(503);

        // when
        List<Digest> briefs = fiveBriefs();

        // then
        assertThat(openAi.requestCount()).isEqualTo(3);
        assertThat(briefs.get(4).notice()).startsWith("the model is paused after repeated failures · ");
    }
}

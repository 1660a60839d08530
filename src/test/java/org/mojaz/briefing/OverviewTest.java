package org.mojaz.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.core.Article;
import org.mojaz.ingest.Ingestor;
import org.mojaz.llm.CircuitBreaker;
import org.mojaz.llm.DailyBudget;
import org.mojaz.llm.LlmChat;
import org.mojaz.llm.LlmModels;
import org.mojaz.llm.LlmOptions;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.store.LlmCallLog;
import org.mojaz.store.Store;
import org.mojaz.testing.FakeOpenAi;
import org.mojaz.testing.MutableClock;
import org.mojaz.testing.TestWiring;

/** The model's two-line overview is shown only when it passes every check, and is written once per set of stories. */
class OverviewTest {
    private static final String GOOD = "وقعت سوناطراك اتفاق غاز بقيمة 4.5 مليار دولار، وغمرت الأمطار شمال المغرب.\n"
            + "Sonatrach signed a 4.5 billion dollar gas deal, and rain flooded northern Morocco.";

    @TempDir
    Path dir;
    private final FakeOpenAi openAi = new FakeOpenAi();
    private Store store;
    private Composer composer;
    private MutableClock clock;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2026-12-01T07:00:00Z"));
        store = Store.open(dir.resolve("o.db"), clock);
        LlmChat chat = LlmModels.chat(new LlmOptions("openai-compatible", "test-model", openAi.baseUrl(),
                Duration.ofSeconds(5), 0.2, 400), "key", new CircuitBreaker(3, Duration.ofMinutes(1),
                Clock.systemUTC())).orElseThrow();
        LlmCallLog calls = new LlmCallLog(store, clock);
        composer = new Composer(store, Rig.extractive(), clock, 5).withOverview(chat, PromptTemplates.load(null),
                new DailyBudget(50, 2000, calls::callsToday, calls::callsToday), calls);
        Ingestor ingestor = TestWiring.ingestor();
        for (long chatId : new long[] {1, 2}) {
            store.saveArticle(chatId, article(ingestor, "Sonatrach signs $4.5 billion gas deal with Eni\n\nAlgeria's"
                    + " Sonatrach signed a $4.5 billion gas deal with Italy's Eni on Tuesday in Algiers. The agreement"
                    + " covers new fields in the south and production will rise by 12 percent by 2028."));
            store.saveArticle(chatId, article(ingestor, "Floods hit northern Morocco after record rain\n\nHeavy rain"
                    + " flooded streets in Tangier and Tetouan on Monday as northern Morocco recorded 180 millimetres in"
                    + " 24 hours. Schools were closed and 3,000 families were moved to shelters."));
        }
        clock.advance(Duration.ofMinutes(1));
    }

    private static Article article(Ingestor ingestor, String text) {
        return ingestor.fromText(text, "text:pasted");
    }

    @AfterEach
    void tearDown() {
        store.close();
        openAi.close();
    }

    private String briefing(long chatId) {
        return composer.compose(chatId, ZoneId.of("UTC"), clock.instant().minus(Duration.ofHours(1))).messages().get(0)
                .html();
    }

    @Test
    void should_show_a_valid_overview_under_the_header_and_ask_once_for_chats_with_the_same_stories() {
        openAi.reply(GOOD);

        String first = briefing(1);
        String second = briefing(2);

        assertThat(first).contains("<i>", "Sonatrach signed a 4.5 billion dollar gas deal");
        assertThat(second).contains("Sonatrach signed a 4.5 billion dollar gas deal");
        assertThat(openAi.requestCount()).isEqualTo(1);
        assertThat(openAi.requests().get(0).body()).contains("<stories>", "Floods hit northern Morocco");
    }

    @Test
    void should_leave_out_an_overview_with_a_number_the_stories_do_not_have() {
        openAi.reply(GOOD.replace("4.5", "9.9"));

        assertThat(briefing(1)).doesNotContain("<i>").contains("1. ");
    }

    @Test
    void should_leave_out_an_overview_with_a_link_or_in_the_wrong_script() {
        openAi.reply(GOOD + " https://evil.example");
        assertThat(briefing(1)).doesNotContain("<i>");

        assertThat(Overview.check("Sonatrach signed a deal.\nوقعت سوناطراك اتفاقًا.", "")).isEmpty();
        assertThat(Overview.check("سطر واحد فقط", "")).isEmpty();
    }

    @Test
    void should_brief_without_an_overview_when_the_model_fails() {
        openAi.fail(500);

        assertThat(briefing(1)).doesNotContain("<i>").contains("Floods hit northern Morocco");
    }
}

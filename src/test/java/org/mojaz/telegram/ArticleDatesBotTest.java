package org.mojaz.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Dispatcher;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.store.Store;
import org.mojaz.summary.ExtractiveSummarizer;
import org.mojaz.testing.Await;
import org.mojaz.testing.FakeBotApi.Call;
import org.mojaz.testing.FakeBotApi;
import org.mojaz.testing.FakeNewsSite;
import org.mojaz.testing.TestWiring;

/** A dated page read by the bot from the fake news site: its brief lists the dates the article's words mean. */
class ArticleDatesBotTest {
    private static final long USER = 1001;

    @TempDir
    Path dir;
    private FakeBotApi api;
    private Store store;
    private TelegramBot bot;
    private FakeNewsSite site;

    @BeforeEach
    void setUp() {
        api = FakeBotApi.start();
        store = Store.open(dir.resolve("mojaz.db"));
        site = FakeNewsSite.start();
    }

    @AfterEach
    void tearDown() {
        if (bot != null) {
            bot.close();
        }
        site.close();
        api.close();
        store.close();
    }

    /** Our own article (src/test/resources/articles/ar-port-dates.txt) as a page, with a published date or none. */
    private static String page(String published) {
        List<String> lines;
        try (InputStream in = ArticleDatesBotTest.class.getResourceAsStream("/articles/ar-port-dates.txt")) {
            lines = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>")
                .append(lines.get(0)).append("</title>");
        if (published != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
        }
        html.append("</head><body><article><h1>").append(lines.get(0)).append("</h1>");
        lines.subList(1, lines.size()).forEach(p -> html.append("<p>").append(p).append("</p>"));
        return html.append("</article></body></html>").toString();
    }

    private void startBot() {
        Conversation conversation = new Conversation(TestWiring.ingestor(),
                new ExtractiveSummarizer(new EntityExtractor()), store,
                TestWiring.policy(30), Clock.systemUTC());
        bot = new TelegramBot(new TelegramBot.Options(FakeBotApi.TOKEN, api.baseUrl(), 1, "reply"), conversation,
                new Dispatcher(store, Dispatcher.Options.defaults().withWorkers(2)));
        bot.start();
    }

    private String briefOf(String path) {
        api.push(api.privateMessage(USER, site.url(path).toString()));
        Await.until("the brief of " + path, () -> api.messagesTo(USER).stream()
                .anyMatch(c -> c.text() != null && c.text().contains("extractive")));
        return api.messagesTo(USER).stream().map(Call::text).filter(t -> t != null && t.contains("extractive"))
                .findFirst().orElseThrow();
    }

    @Test
    void should_list_the_resolved_dates_of_a_dated_page_in_its_brief_and_english_gist() {
        // given a page published on Thursday 26 November 2026 that says أمس، شتنبر الماضي، جانفي المقبل
        site.page("/port", "text/html; charset=utf-8", page("2026-11-26T09:00:00+01:00"));
        startBot();

        // when
        String brief = briefOf("/port");

        // then the header carries the page's date, the dates list and the English gist the dates it means
        assertThat(brief).contains("2026-11-26");
        assertThat(brief).contains("November 25, 2026", "25 نوفمبر 2026", "September 2026", "January 2027");
        assertThat(brief).contains("Gist").contains("137,000 dollars").doesNotContain("137.000 dollars");
        assertThat(site.hits("/port")).isEqualTo(1);
    }
}

package org.mojaz.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.core.Article;
import org.mojaz.ingest.ExtractionException;
import org.mojaz.ingest.ExtractionFailure;
import org.mojaz.ingest.FetchException;
import org.mojaz.store.Store;
import org.mojaz.testing.FakeSummarizer;
import org.mojaz.testing.TestWiring;

/** Why a link could not be read is told in the chat's interface language, not in English inside Arabic. */
class ReadFailureLanguageTest {
    @TempDir
    Path dir;
    private Store store;
    private Conversation conversation;

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("mojaz.db"));
        Function<String, Article> site = link -> {
            if (link.contains("paywall")) {
                throw new ExtractionException(ExtractionFailure.PAYWALL);
            }
            throw new FetchException(FetchException.Reason.HTTP_STATUS, "The page was not found (404).");
        };
        conversation = new Conversation(site, TestWiring.ingestor(), FakeSummarizer.standard(), store,
                TestWiring.policy(10), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private String say(long chat, String userLanguage, String text) {
        Message m = Message.text(chat, 7, text).withUserLanguage(userLanguage);
        return String.join("\n", conversation.handle(m).stream().map(Reply::plainText).toList());
    }

    @Test
    void should_give_an_arabic_chat_the_reason_in_arabic_with_the_sites_status() {
        // when an Arabic chat sends a link the site does not have, and one behind a paywall
        String missing = say(51, "ar", "https://news.test/missing");
        String paywall = say(51, "ar", "https://news.test/paywall");

        // then both reasons are in Arabic, the status kept, no English sentence in them
        assertThat(missing).contains("لم أستطع قراءة", "لم أجد الصفحة", "404").doesNotContain("not found");
        assertThat(paywall).contains("جدار اشتراك", "الصق نص المقال").doesNotContain("behind a paywall", "Paste");
    }

    @Test
    void should_keep_the_english_reason_for_an_english_chat() {
        // when
        String missing = say(52, "en", "https://news.test/missing");

        // then
        assertThat(missing).contains("I could not read", "The page was not found (404).");
    }
}

package org.mojaz.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mojaz.summary.NewsFixtures.API_KEY;
import static org.mojaz.summary.NewsFixtures.SUMMARY;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.llm.DailyBudget;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.store.LlmCallLog;
import org.mojaz.store.Store;
import org.mojaz.testing.FakeOpenAi;
import org.mojaz.testing.MutableClock;
import org.mojaz.core.Language;

class CachingSummarizerTest {
    @TempDir
    Path dir;

    private final FakeOpenAi openAi = new FakeOpenAi();
    private final FakeExtractive extractive = new FakeExtractive();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-09-15T08:00:00Z"));
    private Store store;
    private LlmCallLog calls;
    private LlmSummarizer llm;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("mojaz.db"), clock);
        calls = new LlmCallLog(store, clock);
        llm = new LlmSummarizer(NewsFixtures.chat(NewsFixtures.llm("openai-compatible", openAi.baseUrl()), API_KEY, clock)
                .orElseThrow(), PromptTemplates.load(Path.of("no-such-folder")), SUMMARY, 6000);
    }

    @AfterEach
    void close() {
        store.close();
        openAi.close();
    }

    private CachingSummarizer caching(int perChat, int global) {
        return new CachingSummarizer(llm, store, calls,
                new DailyBudget(perChat, global, calls::callsToday, calls::callsToday));
    }

    private static org.mojaz.core.Article another(String hash) {
        return NewsFixtures.article(hash, Language.ENGLISH, NewsFixtures.english().title(),
                NewsFixtures.english().paragraphs());
    }

    @Test
    void shouldMakeExactlyOneCallPerNewArticleAndNoneForOneSeenBeforeByAnyone() {
        // given
        openAi.reply(NewsFixtures.answerForEnglish());
        CachingSummarizer cache = caching(50, 2000);

        // when
        Digest first = cache.summarize(NewsFixtures.english(), 1L);
        Digest again = cache.summarize(NewsFixtures.english(), 1L);
        Digest otherChat = cache.summarize(NewsFixtures.english(), 2L);
        Digest afterRestart = caching(50, 2000).summarize(NewsFixtures.english(), 3L);

        // then
        assertThat(openAi.requestCount()).isEqualTo(1);
        assertThat(cache.callsMade()).isEqualTo(1);
        assertThat(cache.cacheHits()).isEqualTo(2);
        assertThat(again).isEqualTo(first);
        assertThat(otherChat).isEqualTo(first);
        assertThat(afterRestart).isEqualTo(first);
        System.out.printf(java.util.Locale.ROOT, "calls made=%d cache hits=%d fake server requests=%d%n", cache.callsMade(),
                cache.cacheHits(), openAi.requestCount());
    }

    @Test
    void shouldCountARepairAsASecondCallAndStoreTokensPerCall() throws Exception {
        // given
        openAi.reply("not json").reply(NewsFixtures.answerForEnglish());

        // when
        caching(50, 2000).summarize(NewsFixtures.english(), 9L);

        // then
        assertThat(calls.callsToday(9L)).isEqualTo(2);
        assertThat(calls.tokensToday()).isEqualTo(new LlmCallLog.Tokens(240, 160));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("mojaz.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT outcome, input_tokens, output_tokens, engine, day FROM llm_calls"
                     + " ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("invalid");
            assertThat(rs.getString(4)).isEqualTo("llm:openai-compatible/test-model");
            assertThat(rs.getString(5)).isEqualTo("2026-09-15");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ok");
            assertThat(rs.getInt(2)).isEqualTo(120);
            assertThat(rs.getInt(3)).isEqualTo(80);
        }
    }

    @Test
    void shouldFallBackWithANoteWhenAChatSpentItsDailyCalls() {
        // given
        openAi.reply(NewsFixtures.answerForEnglish());
        Summarizer chain = new FallbackSummarizer(caching(1, 2000), extractive);
        chain.summarize(another("a1"), 1L);

        // when
        Digest overCap = chain.summarize(another("a2"), 1L);
        Digest otherChat = chain.summarize(another("a2"), 2L);
        Digest cachedStillFree = chain.summarize(another("a1"), 1L);

        // then
        assertThat(overCap.engine()).isEqualTo("extractive");
        assertThat(overCap.notice()).startsWith("daily model budget reached" + " · ");
        assertThat(otherChat.engine()).startsWith("llm:");
        assertThat(cachedStillFree.engine()).startsWith("llm:");
        assertThat(openAi.requestCount()).isEqualTo(2);
    }

    @Test
    void shouldNeverLetARepairCallPassTheChatsDailyCap() {
        // given: one call left today, and a first answer that needs a repair
        openAi.reply("not json").reply(NewsFixtures.answerForEnglish());
        Summarizer chain = new FallbackSummarizer(caching(1, 2000), extractive);

        // when
        Digest d = chain.summarize(another("r1"), 4L);

        // then
        assertThat(openAi.requestCount()).isEqualTo(1);
        assertThat(calls.callsToday(4L)).isEqualTo(1);
        assertThat(d.engine()).isEqualTo("extractive");
        assertThat(d.notice()).startsWith("daily model budget reached" + " · ");
    }

    @Test
    void shouldNeverLetARepairCallPassTheGlobalDailyCap() {
        // given
        openAi.reply("not json").reply(NewsFixtures.answerForEnglish());
        Summarizer chain = new FallbackSummarizer(caching(50, 1), extractive);

        // when
        Digest d = chain.summarize(another("r2"), 5L);

        // then
        assertThat(openAi.requestCount()).isEqualTo(1);
        assertThat(calls.callsToday()).isEqualTo(1);
        assertThat(d.notice()).startsWith("daily model budget reached" + " · ");
    }

    @Test
    void shouldFallBackWithANoteWhenTheBotSpentItsDailyCallsAndResumeTheNextUtcDay() {
        // given
        openAi.reply(NewsFixtures.answerForEnglish());
        Summarizer chain = new FallbackSummarizer(caching(50, 2), extractive);
        chain.summarize(another("b1"), 1L);
        chain.summarize(another("b2"), 2L);

        // when
        Digest overCap = chain.summarize(another("b3"), 3L);
        Digest feedBriefing = chain.summarize(another("b4"));
        clock.advance(Duration.ofHours(16));
        Digest nextDay = chain.summarize(another("b3"), 3L);

        // then
        assertThat(overCap.notice()).startsWith("daily model budget reached" + " · ");
        assertThat(feedBriefing.notice()).startsWith("daily model budget reached" + " · ");
        assertThat(nextDay.engine()).startsWith("llm:");
        assertThat(nextDay.notice()).isNull();
    }

    @Test
    void shouldNotCacheAFallbackDigest() {
        // given
        openAi.fail(500).reply(NewsFixtures.answerForEnglish());
        Summarizer chain = new FallbackSummarizer(caching(50, 2000), extractive);

        // when
        Digest failed = chain.summarize(NewsFixtures.english(), 1L);
        Digest retried = chain.summarize(NewsFixtures.english(), 1L);

        // then
        assertThat(failed.engine()).isEqualTo("extractive");
        assertThat(retried.engine()).startsWith("llm:");
        assertThat(store.digestJson("hash-en-plant", "extractive", "-")).isEmpty();
        assertThat(List.of(calls.callsToday(1L))).containsExactly(2);
    }

    @Test
    void shouldKeepEntitiesAndBothBriefsThroughTheCache() {
        // given
        openAi.reply(NewsFixtures.answerForArabic());
        CachingSummarizer cache = caching(50, 2000);
        Digest fresh = cache.summarize(NewsFixtures.arabic(), 1L);

        // when
        Digest cached = cache.summarize(NewsFixtures.arabic(), 1L);

        // then
        assertThat(cached.entities()).isEqualTo(fresh.entities()).hasSize(5);
        assertThat(cached.arabic()).isEqualTo(fresh.arabic());
        assertThat(cached.english().keyPoints()).isEqualTo(fresh.english().keyPoints());
        assertThat(cached.promptVersion()).isEqualTo(llm.promptVersion());
    }

    @Test
    void shouldSummarizeAgainWhenACachedDigestCannotBeRead() {
        // given
        openAi.reply(NewsFixtures.answerForEnglish());
        store.saveDigest("hash-en-plant", llm.engine(), llm.promptVersion(), "{\"arabic\": 42", null, null);
        CachingSummarizer cache = caching(50, 2000);

        // when
        Digest d = cache.summarize(NewsFixtures.english(), 1L);
        Digest again = cache.summarize(NewsFixtures.english(), 1L);

        // then
        assertThat(d.engine()).startsWith("llm:");
        assertThat(again).isEqualTo(d);
        assertThat(openAi.requestCount()).isEqualTo(1);
    }

    @Test
    void shouldCallTheModelOncePerDistinctArticleWhateverTheNumberOfChatsAskingForIt() {
        // given
        openAi.reply(NewsFixtures.answerForEnglish());
        CachingSummarizer cache = caching(50, 2000);

        // when
        for (long chat = 1; chat <= 3; chat++) {
            for (int i = 0; i < 10; i++) {
                cache.summarize(another("distinct-" + i), chat);
            }
        }

        // then
        assertThat(openAi.requestCount()).isEqualTo(10);
        assertThat(cache.callsMade()).isEqualTo(10);
        assertThat(cache.cacheHits()).isEqualTo(20);
        System.out.printf(java.util.Locale.ROOT, "30 requests for 10 distinct articles from 3 chats: calls made=%d cache hits=%d"
                + " fake server requests=%d%n", cache.callsMade(), cache.cacheHits(), openAi.requestCount());
    }
}

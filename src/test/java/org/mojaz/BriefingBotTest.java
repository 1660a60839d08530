package org.mojaz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.config.ConfigSource;
import org.mojaz.config.Settings;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.Subscriptions;
import org.mojaz.telegram.TelegramBot;
import org.mojaz.testing.Await;
import org.mojaz.testing.FakeBotApi;
import org.mojaz.testing.MutableClock;

/** Daily briefings through the real Telegram transport against the fake Bot API, on a fake clock. */
class BriefingBotTest {
    @TempDir
    Path dir;
    private FakeBotApi api;
    private App app;
    private TelegramBot bot;
    private MutableClock clock;

    @BeforeEach
    void start() {
        api = FakeBotApi.start();
        Map<String, String> env = new HashMap<>();
        env.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        env.put("MOJAZ_TELEGRAM_BASE_URL", api.baseUrl());
        env.put("MOJAZ_DATABASE_PATH", dir.resolve("bot.db").toString());
        env.put("MOJAZ_BRIEFING_TICK", "1h");
        env.put("MOJAZ_FEEDS_POLL_INTERVAL", "1h");
        clock = new MutableClock(Instant.parse("2026-12-01T03:00:00Z"));
        app = App.build(Settings.from(ConfigSource.load(null, env), env), clock);
        bot = app.telegramBot();
        app.startServices();
        bot.start();
    }

    @AfterEach
    void stop() {
        bot.close();
        app.close();
        api.close();
    }

    /** Sends the message and waits for the bot's answer; returns its text. */
    private String say(long chatId, long userId, String text) {
        int before = api.messagesTo(chatId).size();
        api.push(chatId < 0 ? api.groupMessage(chatId, userId, text) : api.privateMessage(userId, text));
        Await.until("an answer to " + text, () -> api.messagesTo(chatId).size() > before);
        return api.messagesTo(chatId).get(before).text().replaceAll("[\\u2066-\\u2069\\u200F]", "");
    }

    private List<String> briefings(long chatId) {
        return api.messagesTo(chatId).stream().map(FakeBotApi.Call::text).filter(t -> t.contains("Your briefing"))
                .toList();
    }

    @Test
    void should_deliver_at_each_chats_local_minute_and_pause_a_chat_that_blocked_the_bot() {
        // given chats in Casablanca, Algiers and Riyadh that subscribe for 07:30, and one that then blocks the bot
        assertThat(say(1, 1, "/subscribe 07:30 الدار البيضاء")).contains("07:30 (Africa/Casablanca)");
        assertThat(say(2, 2, "/subscribe 07:30 Algiers")).contains("07:30 (Africa/Algiers)");
        assertThat(say(3, 3, "/subscribe 07:30 الرياض")).contains("07:30 (Asia/Riyadh)");
        say(4, 4, "/subscribe 07:30 Riyadh");
        api.block(4);
        Map<Long, Instant> deliveredAt = new HashMap<>();

        // when the morning passes minute by minute
        while (clock.instant().isBefore(Instant.parse("2026-12-01T08:00:00Z"))) {
            clock.advance(Duration.ofMinutes(1));
            app.briefingScheduler().tick();
            for (long chat = 1; chat <= 3; chat++) {
                if (!briefings(chat).isEmpty()) {
                    deliveredAt.putIfAbsent(chat, clock.instant());
                }
            }
        }

        // then each got one briefing at 07:30 its own time, and the blocked chat is paused and inactive
        assertThat(deliveredAt).containsEntry(3L, Instant.parse("2026-12-01T04:30:00Z"))
                .containsEntry(1L, Instant.parse("2026-12-01T06:30:00Z"))
                .containsEntry(2L, Instant.parse("2026-12-01T06:30:00Z"));
        for (long chat = 1; chat <= 3; chat++) {
            assertThat(briefings(chat)).as("chat " + chat).hasSize(1);
        }
        assertThat(briefings(3).get(0)).contains("Your briefing · Tuesday, December 1, 2026");
        assertThat(new Subscriptions(app.store()).of(4).orElseThrow().active()).isFalse();
        assertThat(new ChatSettings(app.store()).get(4).active()).isFalse();
    }

    @Test
    void should_let_only_a_groups_admins_subscribe_it() {
        // given a group where user 20 is an administrator
        api.admin(-100, 20);

        // when a member and then the admin subscribe the group
        String member = say(-100, 21, "/subscribe 08:00 بيروت");
        String admin = say(-100, 20, "/subscribe 08:00 بيروت");

        // then Telegram's getChatMember decides
        assertThat(member).isEqualTo("Only the group's admins can change its briefing.");
        assertThat(admin).contains("08:00 (Asia/Beirut)");
        assertThat(api.calls("getChatMember")).hasSize(2);
    }

    @Test
    void should_print_the_briefing_now_on_request() {
        assertThat(say(5, 5, "/briefing")).contains("Your briefing · ", "Nothing new since your last briefing");
    }
}

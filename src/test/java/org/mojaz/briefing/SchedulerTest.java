package org.mojaz.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.chat.Outgoing;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.Store;
import org.mojaz.store.Subscriptions;
import org.mojaz.summary.Summarizer;
import org.mojaz.testing.MutableClock;

class SchedulerTest {
    private static final Summarizer SUMMARIZER = Rig.extractive();
    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path dir;

    private static void runMinuteByMinute(Rig rig, MutableClock clock, Instant until) {
        runInSteps(rig, clock, until, Duration.ofMinutes(1));
    }

    private static void runInSteps(Rig rig, MutableClock clock, Instant until, Duration step) {
        while (clock.instant().isBefore(until)) {
            clock.advance(step);
            rig.scheduler.tick();
        }
    }

    private static Instant local(ZoneId zone, String dateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(dateTime), zone).toInstant();
    }

    @Test
    void should_deliver_each_zone_at_its_own_local_minute() {
        // given three chats subscribed for 07:30 in Casablanca, Algiers and Riyadh
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T03:00:00Z"));
        ScriptedOutgoing out = new ScriptedOutgoing(clock);
        try (Rig rig = new Rig(dir.resolve("m.db"), clock, out, SUMMARIZER, 2)) {
            rig.subscriptions.subscribe(1, LocalTime.of(7, 30), CASABLANCA);
            rig.subscriptions.subscribe(2, LocalTime.of(7, 30), ALGIERS);
            rig.subscriptions.subscribe(3, LocalTime.of(7, 30), RIYADH);

            // when the morning passes minute by minute
            runMinuteByMinute(rig, clock, Instant.parse("2026-12-01T09:00:00Z"));

            // then each got one briefing, at 07:30 its own time
            assertThat(out.sentTo(1)).singleElement().extracting(ScriptedOutgoing.Sent::at)
                    .isEqualTo(local(CASABLANCA, "2026-12-01T07:30"));
            assertThat(out.sentTo(2)).singleElement().extracting(ScriptedOutgoing.Sent::at)
                    .isEqualTo(local(ALGIERS, "2026-12-01T07:30"));
            assertThat(out.sentTo(3)).singleElement().extracting(ScriptedOutgoing.Sent::at)
                    .isEqualTo(Instant.parse("2026-12-01T04:30:00Z"));
        }
    }

    @Test
    void should_keep_the_local_minute_across_a_daylight_saving_change() {
        // given Paris subscriptions at 07:30 and at 02:30 (which does not exist on 28 March 2027)
        MutableClock clock = new MutableClock(Instant.parse("2027-03-26T23:00:00Z"));
        ScriptedOutgoing out = new ScriptedOutgoing(clock);
        try (Rig rig = new Rig(dir.resolve("dst.db"), clock, out, SUMMARIZER, 2)) {
            rig.subscriptions.subscribe(1, LocalTime.of(7, 30), PARIS);
            rig.subscriptions.subscribe(2, LocalTime.of(2, 30), PARIS);

            // when three days pass in 5-minute ticks, the clocks going forward on the second night
            runInSteps(rig, clock, Instant.parse("2027-03-29T22:00:00Z"), Duration.ofMinutes(5));

            // then 07:30 stays 07:30 in Paris (06:30Z in winter, 05:30Z in summer), one a day
            assertThat(out.sentTo(1)).extracting(ScriptedOutgoing.Sent::at).containsExactly(
                    Instant.parse("2027-03-27T06:30:00Z"), Instant.parse("2027-03-28T05:30:00Z"),
                    Instant.parse("2027-03-29T05:30:00Z"));
            // and the missing 02:30 is sent when the clock jumps past it (03:30 summer time), still once that day
            assertThat(out.sentTo(2)).extracting(ScriptedOutgoing.Sent::at).containsExactly(
                    Instant.parse("2027-03-27T01:30:00Z"), Instant.parse("2027-03-28T01:30:00Z"),
                    Instant.parse("2027-03-29T00:30:00Z"));
        }
    }

    @Test
    void should_send_exactly_once_per_day_when_restarted_before_during_and_after_a_fan_out() {
        // given 10 chats due at 07:00 UTC, one sender so the fan-out has an order
        Path db = dir.resolve("restart.db");
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T06:58:00Z"));
        ScriptedOutgoing out = new ScriptedOutgoing(clock);
        try (Rig rig = new Rig(db, clock, out, SUMMARIZER, 1)) {
            for (long chat = 1; chat <= 10; chat++) {
                rig.subscriptions.subscribe(chat, LocalTime.of(7, 0), ZoneId.of("UTC"));
            }
            rig.scheduler.tick();
        }
        // when the process restarts before the fan-out, then dies at the 4th message of it
        clock.advance(Duration.ofMinutes(2));
        try (Rig rig = new Rig(db, clock, out, SUMMARIZER, 1)) {
            out.crashAtSend(4, rig.scheduler::stopClaiming);
            rig.scheduler.tick();
        }
        assertThat(out.sent()).hasSize(3);
        // and restarts: the crashed delivery's claim is still held, the 6 chats not yet served go out now
        try (Rig rig = new Rig(db, clock, out, SUMMARIZER, 1)) {
            rig.scheduler.tick();
            assertThat(out.sent()).hasSize(9);
            assertThat(out.sentTo(4)).isEmpty();
            // and once the dead process's claim runs out, the last chat is served too
            clock.advance(Rig.LEASE);
            rig.scheduler.tick();
        }
        // and a restart after the fan-out sends nothing more that day
        clock.advance(Duration.ofHours(1));
        try (Rig rig = new Rig(db, clock, out, SUMMARIZER, 1)) {
            rig.scheduler.tick();
        }

        // then every chat got exactly one briefing
        for (long chat = 1; chat <= 10; chat++) {
            assertThat(out.sentTo(chat)).as("chat " + chat).hasSize(1);
        }
    }

    @Test
    void should_let_only_one_of_two_processes_claim_a_delivery() {
        // given two stores on one database file, as two bot processes would have
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T07:00:00Z"));
        Path db = dir.resolve("two.db");
        try (Store a = Store.open(db, clock); Store b = Store.open(db, clock)) {
            long sub = new Subscriptions(a).subscribe(5, LocalTime.of(7, 0), ZoneId.of("UTC")).id();
            LocalDate day = LocalDate.of(2026, 12, 1);
            Instant now = clock.instant();

            // when both claim the same delivery
            boolean first = new Subscriptions(a).claim(sub, day, now, now.plus(Rig.LEASE));
            boolean second = new Subscriptions(b).claim(sub, day, now, now.plus(Rig.LEASE));

            // then one wins; after the lease runs out the other may take it over, once
            assertThat(first).isTrue();
            assertThat(second).isFalse();
            Instant later = now.plus(Rig.LEASE);
            assertThat(new Subscriptions(b).claim(sub, day, later, later.plus(Rig.LEASE))).isTrue();
            assertThat(new Subscriptions(a).claim(sub, day, later, later.plus(Rig.LEASE))).isFalse();
        }
    }

    @Test
    void should_send_a_missed_briefing_within_the_grace_window_and_skip_it_after() {
        // given two chats due at 07:00 UTC, and the bot down until 08:30 (within 2 h) for one of the two days
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T05:00:00Z"));
        ScriptedOutgoing out = new ScriptedOutgoing(clock);
        try (Rig rig = new Rig(dir.resolve("grace.db"), clock, out, SUMMARIZER, 1)) {
            long sub = rig.subscriptions.subscribe(1, LocalTime.of(7, 0), ZoneId.of("UTC")).id();

            // when the bot comes back at 08:30 on day one, and at 09:30 on day two
            clock.advance(Duration.ofMinutes(210));
            rig.scheduler.tick();
            clock.advance(Duration.ofHours(25));
            rig.scheduler.tick();
            rig.scheduler.tick();

            // then day one is sent once, day two is recorded as skipped and not sent
            assertThat(out.sentTo(1)).singleElement().extracting(ScriptedOutgoing.Sent::at)
                    .isEqualTo(Instant.parse("2026-12-01T08:30:00Z"));
            assertThat(rig.subscriptions.delivery(sub, LocalDate.of(2026, 12, 2)).orElseThrow().status())
                    .isEqualTo("skipped");
        }
    }

    @Test
    void should_pause_the_subscription_and_mark_the_chat_inactive_on_403() {
        // given a chat that blocked the bot
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T06:59:00Z"));
        ScriptedOutgoing out = new ScriptedOutgoing(clock);
        try (Rig rig = new Rig(dir.resolve("403.db"), clock, out, SUMMARIZER, 1)) {
            rig.subscriptions.subscribe(7, LocalTime.of(7, 0), ZoneId.of("UTC"));
            out.failFor(7, Outgoing.ChatUnreachableException::new);

            // when its briefing is due, and again the next day
            clock.advance(Duration.ofMinutes(1));
            Map<Delivery.Outcome, Integer> outcome = rig.scheduler.tick();
            clock.advance(Duration.ofDays(1));
            rig.scheduler.tick();

            // then the subscription is paused, the chat inactive, and nothing more is tried
            assertThat(outcome).containsEntry(Delivery.Outcome.UNREACHABLE, 1);
            assertThat(rig.subscriptions.of(7).orElseThrow().active()).isFalse();
            assertThat(new ChatSettings(rig.store).get(7).active()).isFalse();
            assertThat(rig.subscriptions.count("failed")).isEqualTo(1);
        }
    }

    @Test
    void should_retry_a_transient_failure_with_backoff_then_record_it_failed() {
        // given two chats whose transport fails for now
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T06:59:00Z"));
        ScriptedOutgoing out = new ScriptedOutgoing(clock);
        try (Rig rig = new Rig(dir.resolve("retry.db"), clock, out, SUMMARIZER, 1)) {
            long healed = rig.subscriptions.subscribe(1, LocalTime.of(7, 0), ZoneId.of("UTC")).id();
            long broken = rig.subscriptions.subscribe(2, LocalTime.of(7, 0), ZoneId.of("UTC")).id();
            out.failFor(1, chat -> new Outgoing.DeliveryException("network down", null));
            out.failFor(2, chat -> new Outgoing.DeliveryException("network down", null));
            LocalDate day = LocalDate.of(2026, 12, 1);

            // when the first attempt fails, the network comes back for chat 1 only, and time passes
            clock.advance(Duration.ofMinutes(1));
            rig.scheduler.tick();
            rig.scheduler.tick();
            out.heal(1);
            runMinuteByMinute(rig, clock, Instant.parse("2026-12-01T07:30:00Z"));

            // then chat 1 got it on the retry after the back-off, once; chat 2 is recorded failed after 3 attempts
            assertThat(out.sentTo(1)).singleElement().extracting(ScriptedOutgoing.Sent::at)
                    .isEqualTo(Instant.parse("2026-12-01T07:01:00Z"));
            assertThat(rig.subscriptions.delivery(healed, day).orElseThrow().status()).isEqualTo("sent");
            Subscriptions.Delivery failed = rig.subscriptions.delivery(broken, day).orElseThrow();
            assertThat(failed.status()).isEqualTo("failed");
            assertThat(failed.attempts()).isEqualTo(Rig.MAX_ATTEMPTS);
            assertThat(failed.error()).contains("DeliveryException");
        }
    }
}

package org.mojaz.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SendLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final SendLimiter limiter = new SendLimiter(now::get);

    @Test
    void shouldAllowAShortBurstToOneChatThenAboutOneMessageASecond() {
        long first = limiter.reserve(7);
        long second = limiter.reserve(7);
        long third = limiter.reserve(7);
        long fourth = limiter.reserve(7);
        long fifth = limiter.reserve(7);

        assertThat(first + second + third).isZero();
        assertThat(fourth).isEqualTo(TimeUnit.SECONDS.toNanos(1));
        assertThat(fifth).isEqualTo(TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void shouldRefillAChatsBucketAsTimePasses() {
        for (int i = 0; i < 3; i++) {
            limiter.reserve(7);
        }

        now.addAndGet(TimeUnit.SECONDS.toNanos(2));

        assertThat(limiter.reserve(7)).isZero();
        assertThat(limiter.reserve(7)).isZero();
        assertThat(limiter.reserve(7)).isPositive();
    }

    @Test
    void shouldHoldAGroupToTwentyMessagesAMinute() {
        long waited = 0;
        for (int i = 0; i < 6; i++) {
            waited = limiter.reserve(-100);
        }

        assertThat(waited).isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(3));
    }

    @Test
    void shouldHoldAllChatsTogetherToThirtyMessagesASecond() {
        long last = 0;
        for (int chat = 1; chat <= SendLimiter.BURST + 1; chat++) {
            last = limiter.reserve(chat);
        }

        assertThat(last).isPositive().isLessThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(35));
    }

    @Test
    void shouldNotDelayDifferentChatsBelowTheGlobalLimit() {
        for (int chat = 1; chat <= 20; chat++) {
            assertThat(limiter.reserve(chat)).isZero();
        }
    }

    @Test
    void shouldPauseOnlyTheChatThatGotA429() {
        boolean global = limiter.rateLimited(7, TimeUnit.SECONDS.toNanos(2));

        assertThat(global).isFalse();
        assertThat(limiter.reserve(7)).isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(2));
        assertThat(limiter.reserve(8)).isLessThan(TimeUnit.SECONDS.toNanos(1));
        now.addAndGet(TimeUnit.SECONDS.toNanos(3));
        assertThat(limiter.reserve(7)).isLessThan(TimeUnit.SECONDS.toNanos(1));
    }

    @Test
    void shouldPauseEverySendAfterA429OnARequestThatIsNoChatMessage() {
        boolean global = limiter.rateLimited(0, TimeUnit.SECONDS.toNanos(2));

        assertThat(global).isTrue();
        assertThat(limiter.reserve(8)).isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(2));
        assertThat(limiter.reserveGlobal()).isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void shouldPauseEverySendWhenTwoChatsGetA429AtOnce() {
        limiter.rateLimited(7, TimeUnit.SECONDS.toNanos(2));
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(100));

        boolean global = limiter.rateLimited(8, TimeUnit.SECONDS.toNanos(2));

        assertThat(global).isTrue();
        assertThat(limiter.reserve(9)).isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void shouldSlowDownAfterA429AndComeBackAfterAQuietMinute() {
        long before = 0;
        for (int chat = 1; chat <= 40; chat++) {
            before = limiter.reserve(chat);
        }
        now.addAndGet(TimeUnit.SECONDS.toNanos(5));

        limiter.rateLimited(0, 0);
        long after = 0;
        for (int chat = 41; chat <= 80; chat++) {
            after = limiter.reserve(chat);
        }

        assertThat(limiter.rate()).isEqualTo(SendLimiter.FULL_RATE / 2);
        assertThat(after).isGreaterThan(before * 2);
        now.addAndGet(TimeUnit.SECONDS.toNanos(61));
        assertThat(limiter.rate()).isEqualTo(SendLimiter.FULL_RATE);
    }
}

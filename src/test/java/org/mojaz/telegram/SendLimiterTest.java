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
        for (int chat = 1; chat <= 31; chat++) {
            last = limiter.reserve(chat);
        }

        assertThat(last).isPositive().isLessThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(34));
    }

    @Test
    void shouldNotDelayDifferentChatsBelowTheGlobalLimit() {
        for (int chat = 1; chat <= 20; chat++) {
            assertThat(limiter.reserve(chat)).isZero();
        }
    }
}

package org.mojaz.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mojaz.testing.MutableClock;

class CircuitBreakerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-09-15T08:00:00Z"));
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(60), clock);

    @Test
    void shouldStayClosedWhileFailuresAreNotInARow() {
        // given
        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordSuccess();

        // when
        breaker.recordFailure();
        breaker.recordFailure();

        // then
        assertThat(breaker.allowCall()).isTrue();
        assertThat(breaker.isOpen()).isFalse();
    }

    @Test
    void shouldLetExactlyOneTrialThroughWhenHalfOpen() {
        // given
        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordFailure();
        boolean duringCooldown = breaker.allowCall();
        clock.advance(Duration.ofSeconds(60));

        // when
        boolean trial = breaker.allowCall();
        boolean secondCaller = breaker.allowCall();
        breaker.recordSuccess();

        // then
        assertThat(duringCooldown).isFalse();
        assertThat(trial).isTrue();
        assertThat(secondCaller).isFalse();
        assertThat(breaker.allowCall()).isTrue();
    }

    @Test
    void shouldReopenForAFullCooldownWhenTheTrialFails() {
        // given
        for (int i = 0; i < 3; i++) {
            breaker.recordFailure();
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(breaker.allowCall()).isTrue();

        // when
        breaker.recordFailure();

        // then
        assertThat(breaker.allowCall()).isFalse();
        clock.advance(Duration.ofSeconds(59));
        assertThat(breaker.allowCall()).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(breaker.allowCall()).isTrue();
    }
}

package org.attune.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    static final String ADDRESS = "10.0.0.7";

    Instant now = Instant.parse("2026-11-27T10:00:00Z");
    final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, ADDRESS);
        }
    }

    @Test
    void fourFailuresCostNothingTheFifthMakesTheUsernameWaitHalfAMinute() {
        fail("dr.okoye", 4);
        assertThat(throttle.waitFor("dr.okoye", ADDRESS)).isZero();

        fail("dr.okoye", 1);
        assertThat(throttle.waitFor("dr.okoye", ADDRESS)).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("DR.OKOYE", "10.9.9.9"))
                .as("the username, from anywhere, in any case")
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("someone.else", ADDRESS))
                .as("others on the same address")
                .isZero();
    }

    @Test
    void theWaitDoublesWithEveryFurtherFailureUpToAQuarterOfAnHour() {
        fail("dr.okoye", 6);
        assertThat(throttle.waitFor("dr.okoye", ADDRESS)).isEqualTo(Duration.ofMinutes(1));

        fail("dr.okoye", 20);
        assertThat(throttle.waitFor("dr.okoye", ADDRESS)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theWaitEndsAndASuccessForgives() {
        fail("dr.okoye", 5);
        now = now.plusSeconds(31);
        assertThat(throttle.waitFor("dr.okoye", ADDRESS)).isZero();

        throttle.succeeded("dr.okoye");
        fail("dr.okoye", 4);
        assertThat(throttle.waitFor("dr.okoye", ADDRESS))
                .as("counting starts again")
                .isZero();
    }

    @Test
    void oneAddressTryingManyUsernamesIsSlowedDownToo() {
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS_PER_ADDRESS; i++) {
            throttle.failed("guess" + i, ADDRESS);
        }

        assertThat(throttle.waitFor("a.real.user", ADDRESS)).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("a.real.user", "10.0.0.8")).isZero();
    }
}

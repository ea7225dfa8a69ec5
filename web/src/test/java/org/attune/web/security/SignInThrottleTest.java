package org.attune.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        fail(username, ADDRESS, times);
    }

    void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            SignInThrottle.Attempt attempt = throttle.reserve(username, address);
            assertThat(attempt.isAllowed())
                    .as("attempt %d for %s", i + 1, username)
                    .isTrue();
            throttle.failed(attempt);
        }
    }

    Duration waitFor(String username, String address) {
        SignInThrottle.Attempt attempt = throttle.reserve(username, address);
        if (attempt.isAllowed()) {
            throttle.succeeded(attempt);
        }
        return attempt.waitFor();
    }

    @Test
    void fourFailuresCostNothingTheFifthMakesTheUsernameWaitHalfAMinute() {
        fail("dr.okoye", 4);
        fail("someone.else", 4);
        assertThat(waitFor("someone.else", ADDRESS)).isZero();

        fail("dr.okoye", 1);
        assertThat(waitFor("dr.okoye", ADDRESS)).isEqualTo(Duration.ofSeconds(30));
        assertThat(waitFor(" DR.OKOYE ", "10.9.9.9"))
                .as("the username, from anywhere, in any spelling")
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(waitFor("someone.else", ADDRESS))
                .as("others on the same address")
                .isZero();
    }

    @Test
    void theWaitDoublesWithEveryFurtherFailureUpToAQuarterOfAnHour() {
        fail("dr.okoye", 5);
        now = now.plusSeconds(31);
        fail("dr.okoye", 1);
        assertThat(waitFor("dr.okoye", ADDRESS)).isEqualTo(Duration.ofMinutes(1));

        for (int i = 0; i < 20; i++) {
            now = now.plus(Duration.ofMinutes(16));
            fail("dr.okoye", 1);
        }
        assertThat(waitFor("dr.okoye", ADDRESS)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theWaitEndsAndASuccessForgives() {
        fail("dr.okoye", 5);
        now = now.plusSeconds(31);
        assertThat(waitFor("dr.okoye", ADDRESS))
                .as("a right password after the wait")
                .isZero();

        fail("dr.okoye", 4);
        assertThat(waitFor("dr.okoye", ADDRESS)).as("counting started again").isZero();
    }

    @Test
    void attemptsBeingCheckedLeaveRoomOnlyForTheFailuresStillFree() throws Exception {
        fail("dr.okoye", 3);
        SignInThrottle.Attempt fourth = throttle.reserve("dr.okoye", ADDRESS);
        SignInThrottle.Attempt fifth = throttle.reserve("dr.okoye", ADDRESS);
        assertThat(fourth.isAllowed()).isTrue();
        assertThat(fifth.isAllowed()).isTrue();

        Future<SignInThrottle.Attempt> sixth =
                Executors.newSingleThreadExecutor().submit(() -> throttle.reserve("dr.okoye", ADDRESS));
        Thread.sleep(200);
        assertThat(sixth)
                .as("waits while the two being checked could still fail")
                .isNotDone();

        throttle.failed(fourth);
        throttle.failed(fifth);

        assertThat(sixth.get().waitFor()).as("both failed: the wait").isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void wrongPasswordsFromManyThreadsAtOnceCheckNoMoreThanTheFreeOnes() throws Exception {
        List<SignInThrottle.Attempt> attempts = manyAtOnce(200, false);

        assertThat(attempts.stream().filter(SignInThrottle.Attempt::isAllowed)).hasSize(SignInThrottle.FREE_ATTEMPTS);
        assertThat(attempts.stream().filter(a -> !a.isAllowed()))
                .allSatisfy(a -> assertThat(a.waitFor()).isEqualTo(Duration.ofSeconds(30)));
    }

    @Test
    void rightPasswordsFromManyThreadsAtOnceAreAllChecked() throws Exception {
        List<SignInThrottle.Attempt> attempts = manyAtOnce(40, true);

        assertThat(attempts).allSatisfy(a -> assertThat(a.isAllowed()).isTrue());
    }

    /** {@code n} attempts for one username from as many threads at once, each ending right or wrong when allowed. */
    private List<SignInThrottle.Attempt> manyAtOnce(int n, boolean right) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SignInThrottle.Attempt>> attempts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                attempts.add(threads.submit(() -> {
                    start.await();
                    SignInThrottle.Attempt attempt = throttle.reserve("dr.okoye", ADDRESS);
                    if (attempt.isAllowed()) {
                        Thread.sleep(5); // the password being checked
                        if (right) {
                            throttle.succeeded(attempt);
                        } else {
                            throttle.failed(attempt);
                        }
                    }
                    return attempt;
                }));
            }
            start.countDown();
            List<SignInThrottle.Attempt> done = new ArrayList<>();
            for (Future<SignInThrottle.Attempt> attempt : attempts) {
                done.add(attempt.get());
            }
            return done;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aBusyAddressStillSignsInACorrectPasswordForAUsernameThatHasNotFailedThere() {
        for (int i = 0; i <= SignInThrottle.FREE_ATTEMPTS_PER_ADDRESS; i++) {
            fail("guess" + i, 1);
        }

        assertThat(waitFor("a.real.user", ADDRESS)).isZero();
        assertThat(waitFor("a.real.user", ADDRESS)).as("and again").isZero();
    }

    @Test
    void aBusyAddressGetsOneFailurePerUsernameBeforeThatUsernameWaitsThere() {
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS_PER_ADDRESS; i++) {
            fail("guess" + i, 1);
        }

        fail("a.real.user", 1);

        assertThat(waitFor("a.real.user", ADDRESS)).isEqualTo(Duration.ofSeconds(30));
        assertThat(waitFor("a.real.user", "10.0.0.8"))
                .as("the same username from elsewhere: one failure of five")
                .isZero();
        assertThat(waitFor("another.user", ADDRESS))
                .as("other usernames from the address")
                .isZero();
    }

    @Test
    void anAddressIsWatchedOnlyForTheDelayAfterItsLastFailure() {
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS_PER_ADDRESS; i++) {
            fail("guess" + i, 1);
        }
        now = now.plusSeconds(31);

        fail("a.real.user", 1);

        assertThat(waitFor("a.real.user", ADDRESS))
                .as("one failure of five again")
                .isZero();
    }

    @Test
    void tokensThatOpenNothingMakeTheirAddressWaitAfterFiftyAndOnlyThere() {
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS_PER_ADDRESS - 1; i++) {
            throttle.failedFrom(ADDRESS);
        }
        assertThat(throttle.addressWait(ADDRESS)).as("49 refused tokens").isZero();

        throttle.failedFrom(ADDRESS);

        assertThat(throttle.addressWait(ADDRESS)).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.addressWait("10.0.0.8")).as("another address").isZero();
        assertThat(waitFor("a.real.user", ADDRESS))
                .as("a password that has not failed there is still checked")
                .isZero();
        now = now.plusSeconds(31);
        assertThat(throttle.addressWait(ADDRESS)).isZero();
        throttle.failedFrom(ADDRESS);
        assertThat(throttle.addressWait(ADDRESS)).as("doubling").isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void failedPasswordsAndTokensCountTogetherForAnAddress() {
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS_PER_ADDRESS / 2; i++) {
            fail("guess" + i, 1);
            throttle.failedFrom(ADDRESS);
        }

        assertThat(throttle.addressWait(ADDRESS)).isPositive();
    }
}

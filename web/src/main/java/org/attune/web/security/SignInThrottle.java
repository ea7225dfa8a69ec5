package org.attune.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;

import org.attune.content.workflow.Usernames;

/**
 * Slows down password guessing without locking staff out.
 *
 * <p><b>Per username</b> (from anywhere): {@value #FREE_ATTEMPTS} wrong passwords are free; after them the username
 * waits a delay that doubles with every further failure, from 30 seconds up to 15 minutes. A right password forgives.
 * Attempts being checked count as if they would fail: an attempt is checked only while the failures so far and the
 * attempts being checked together stay under the free ones; otherwise it waits (up to {@link #LONGEST_QUEUE}) for
 * those to end. So however many arrive at once, no more than {@value #FREE_ATTEMPTS} wrong passwords are checked before
 * the wait, while twenty right ones at once (a script calling the API in parallel) are all signed in, a few at a time.
 *
 * <p><b>Per address</b>: after {@value #FREE_ATTEMPTS_PER_ADDRESS} failures from one address (a hospital's staff may
 * share one behind its proxy), the address is watched for the same doubling delay after each further failure. While
 * it is, a username that fails from it waits there after a single failure instead of five. Nobody else is refused:
 * a correct password from that address for a username that has not failed there signs in.
 *
 * <p><b>API tokens</b> ({@link #addressWait}, {@link #failedFrom}): a token that opens nothing counts as a failure
 * of its address, and while the address is watched its tokens are refused before they are looked up. A token is
 * 256 random bits, so guessing one is hopeless anyway; this keeps a flood of them from costing a lookup each.
 *
 * <p>Kept in memory: a restart forgives, which is acceptable for a delay (not a permanent lock-out an attacker could
 * impose on a real user).
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final int FREE_ATTEMPTS_PER_ADDRESS = 50;
    /** Free attempts for a username from an address that is being watched. */
    static final int FREE_ATTEMPTS_FROM_WATCHED_ADDRESS = 1;
    /** How long an attempt waits for the ones being checked before it (each about 0.2 s) before it is refused. */
    static final Duration LONGEST_QUEUE = Duration.ofSeconds(10);
    /** What an attempt refused after waiting that long is told to wait. */
    static final Duration BUSY = Duration.ofSeconds(1);

    private static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    private static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

    /**
     * Guards {@link #counts}: deciding and counting an attempt is one step, so parallel attempts cannot both pass. A
     * lock of its own, not {@code synchronized} methods: CDI's client proxy copies that modifier and would hold its own
     * monitor while an attempt waits for room.
     */
    private final ReentrantLock lock = new ReentrantLock();

    /** Signalled whenever an attempt ends, so that those waiting for room look again. */
    private final Condition attemptEnded = lock.newCondition();

    private final Map<String, Count> counts = new HashMap<>();

    private final Clock clock;

    /** Failures of one username (or address), when its wait ends, and how many of its attempts are being checked. */
    private static final class Count {
        int failures;
        Instant lockedUntil = Instant.MIN;
        int checking;
    }

    /**
     * A sign-in attempt: allowed to check its password, or refused for {@code waitFor}. {@code watched}: it came from
     * an address being watched, and counts there too.
     */
    public record Attempt(String username, String address, boolean watched, Duration waitFor) {

        public boolean isAllowed() {
            return waitFor.isZero();
        }
    }

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Lets the attempt check its password, once there is room for it; refuses it while the username (or, from a
     * watched address, the username there) must wait. Every allowed attempt ends with {@link #failed} or
     * {@link #succeeded}.
     */
    public Attempt reserve(String username, String address) {
        long left = LONGEST_QUEUE.toNanos();
        String user = userKey(username);
        String pair = pairKey(username, address);
        lock.lock();
        try {
            while (true) {
                Instant now = clock.instant();
                boolean watched = isLocked(addressKey(address), now);
                Duration wait = longer(waitLeft(user, now), watched ? waitLeft(pair, now) : Duration.ZERO);
                if (!wait.isZero()) {
                    return new Attempt(username, address, watched, wait);
                }
                if (hasRoom(user, FREE_ATTEMPTS) && (!watched || hasRoom(pair, FREE_ATTEMPTS_FROM_WATCHED_ADDRESS))) {
                    count(user).checking++;
                    if (watched) {
                        count(pair).checking++;
                    }
                    return new Attempt(username, address, watched, Duration.ZERO);
                }
                if (left <= 0) {
                    return new Attempt(username, address, watched, BUSY);
                }
                left = attemptEnded.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(username, address, false, BUSY);
        } finally {
            lock.unlock();
        }
    }

    /** The password was wrong: one failure more for the username (and there, if watched) and for the address. */
    public void failed(Attempt attempt) {
        lock.lock();
        try {
            Instant now = clock.instant();
            fail(userKey(attempt.username()), FREE_ATTEMPTS, now, true);
            if (attempt.watched()) {
                fail(pairKey(attempt.username(), attempt.address()), FREE_ATTEMPTS_FROM_WATCHED_ADDRESS, now, true);
            }
            fail(addressKey(attempt.address()), FREE_ATTEMPTS_PER_ADDRESS, now, false);
            attemptEnded.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The password was right: the username's failures are forgiven (there, and from anywhere). */
    public void succeeded(Attempt attempt) {
        lock.lock();
        try {
            forgive(userKey(attempt.username()), true);
            forgive(pairKey(attempt.username(), attempt.address()), attempt.watched());
            attemptEnded.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * How long a call from {@code address} that carries an API token must wait before its token is even looked up:
     * while the address is watched ({@value #FREE_ATTEMPTS_PER_ADDRESS} failures, of passwords and tokens alike),
     * zero otherwise. A token has no username to count against before it is looked up, so the address is all there is.
     */
    public Duration addressWait(String address) {
        lock.lock();
        try {
            return waitLeft(addressKey(address), clock.instant());
        } finally {
            lock.unlock();
        }
    }

    /** A token that opened nothing (unknown, expired, revoked, malformed): one failure more for the address. */
    public void failedFrom(String address) {
        lock.lock();
        try {
            fail(addressKey(address), FREE_ATTEMPTS_PER_ADDRESS, clock.instant(), false);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether another attempt may be checked now: while failures are still free, as many as could all fail without
     * passing the free ones; once a wait has ended, one at a time (each failure then starts a longer wait).
     */
    private boolean hasRoom(String key, int free) {
        Count count = counts.get(key);
        if (count == null) {
            return true;
        }
        return count.failures < free ? count.failures + count.checking < free : count.checking == 0;
    }

    private Count count(String key) {
        return counts.computeIfAbsent(key, k -> new Count());
    }

    private void fail(String key, int free, Instant now, boolean wasChecking) {
        Count count = count(key);
        if (wasChecking) {
            count.checking--;
        }
        count.failures++;
        if (count.failures >= free) {
            count.lockedUntil = now.plus(delay(count.failures - free));
        }
    }

    private void forgive(String key, boolean wasChecking) {
        Count count = counts.get(key);
        if (count == null) {
            return;
        }
        if (wasChecking) {
            count.checking--;
        }
        count.failures = 0;
        count.lockedUntil = Instant.MIN;
        if (count.checking <= 0) {
            counts.remove(key);
        }
    }

    private boolean isLocked(String key, Instant now) {
        return !waitLeft(key, now).isZero();
    }

    private Duration waitLeft(String key, Instant now) {
        Count count = counts.get(key);
        return count != null && count.lockedUntil.isAfter(now)
                ? Duration.between(now, count.lockedUntil)
                : Duration.ZERO;
    }

    private static Duration longer(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    private static Duration delay(int beyondFree) {
        int doublings = Math.min(beyondFree, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String userKey(String username) {
        return "user:" + normal(username);
    }

    private static String pairKey(String username, String address) {
        return "user:" + normal(username) + " from address:" + address;
    }

    private static String normal(String username) {
        return username == null ? "" : Usernames.normalise(username);
    }
}

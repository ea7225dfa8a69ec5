package org.attune.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.attune.content.workflow.Usernames;

/**
 * Slows down password guessing without locking staff out.
 *
 * <p><b>Per username</b> (from anywhere): {@value #FREE_ATTEMPTS} attempts are free; after them the username waits a
 * delay that doubles with every further failure, from 30 seconds up to 15 minutes. An attempt takes its place in the
 * count <em>before</em> its password is checked ({@link #reserve}), and keeps it unless the password was right
 * ({@link #succeeded}): however many arrive at once, no more than {@value #FREE_ATTEMPTS} are checked before the wait.
 *
 * <p><b>Per address</b>: after {@value #FREE_ATTEMPTS_PER_ADDRESS} failures from one address (a hospital's staff may
 * share one behind its proxy), the address is watched for the same doubling delay after each further failure. While
 * it is, a username that fails from it waits there after a single failure instead of five. Nobody else is refused:
 * a correct password from that address for a username that has not failed there signs in.
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

    private static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    private static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

    /** Guarded by {@code this}: deciding and counting an attempt is one step, so parallel attempts cannot both pass. */
    private final Map<String, Failures> failures = new HashMap<>();

    private final Clock clock;

    private record Failures(int count, Instant lockedUntil) {}

    /**
     * A sign-in attempt: allowed to check its password (its failure already counted), or refused for
     * {@code waitFor}.
     */
    public record Attempt(String username, String address, Duration waitFor) {

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
     * Takes the attempt's place in the counts, or refuses it while the username (or, from a watched address, the
     * username there) must wait.
     */
    public synchronized Attempt reserve(String username, String address) {
        Instant now = clock.instant();
        String user = userKey(username);
        String pair = pairKey(username, address);
        boolean watched = isLocked(addressKey(address), now);
        Duration wait = longer(waitLeft(user, now), watched ? waitLeft(pair, now) : Duration.ZERO);
        if (!wait.isZero()) {
            return new Attempt(username, address, wait);
        }
        count(user, FREE_ATTEMPTS, now);
        if (watched) {
            count(pair, FREE_ATTEMPTS_FROM_WATCHED_ADDRESS, now);
        }
        return new Attempt(username, address, Duration.ZERO);
    }

    /** The password was wrong: the username's place stays counted, and the address counts one failure more. */
    public synchronized void failed(Attempt attempt) {
        count(addressKey(attempt.address()), FREE_ATTEMPTS_PER_ADDRESS, clock.instant());
    }

    /** The password was right: the username's failures are forgiven (there, and from anywhere). */
    public synchronized void succeeded(Attempt attempt) {
        failures.remove(userKey(attempt.username()));
        failures.remove(pairKey(attempt.username(), attempt.address()));
    }

    private void count(String key, int free, Instant now) {
        failures.compute(key, (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            return new Failures(count, count < free ? Instant.MIN : now.plus(delay(count - free)));
        });
    }

    private boolean isLocked(String key, Instant now) {
        return !waitLeft(key, now).isZero();
    }

    private Duration waitLeft(String key, Instant now) {
        Failures f = failures.get(key);
        return f != null && f.lockedUntil().isAfter(now) ? Duration.between(now, f.lockedUntil()) : Duration.ZERO;
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

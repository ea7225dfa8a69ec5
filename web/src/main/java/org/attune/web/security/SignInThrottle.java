package org.attune.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows down password guessing: after {@value #FREE_ATTEMPTS} failed sign-ins for a username (from anywhere), or
 * {@value #FREE_ATTEMPTS_PER_ADDRESS} from one address (for any username: a hospital's staff may share one address
 * behind its proxy), further attempts are refused for a delay that doubles with every failure, from 30 seconds up
 * to 15 minutes. A successful sign-in clears the username's count. Kept in memory: a restart
 * forgives, which is acceptable for a delay (not a permanent lock-out an attacker could impose on a real user).
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final int FREE_ATTEMPTS_PER_ADDRESS = 50;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    private static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    private record Failures(int count, Instant lockedUntil) {}

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this username or address must still wait, or {@link Duration#ZERO}. */
    public Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : keys(username, address)) {
            Failures f = failures.get(key);
            if (f != null && f.lockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, f.lockedUntil());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait;
    }

    public void failed(String username, String address) {
        count(userKey(username), FREE_ATTEMPTS);
        count(addressKey(address), FREE_ATTEMPTS_PER_ADDRESS);
    }

    private void count(String key, int free) {
        Instant now = clock.instant();
        failures.compute(key, (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            return new Failures(count, count < free ? Instant.MIN : now.plus(delay(count - free)));
        });
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private static Duration delay(int beyondFree) {
        int doublings = Math.min(beyondFree, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    private static String[] keys(String username, String address) {
        return new String[] {userKey(username), addressKey(address)};
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }
}

package org.attune.web.account;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * How passwords are hashed: Jakarta Security's {@code Pbkdf2PasswordHash} with PBKDF2-HMAC-SHA512, 210,000
 * iterations (OWASP's 2023 figure for this algorithm) and a 32-byte salt. {@link Accounts} creates and verifies them. No home-made crypto.
 */
public final class Passwords {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    /** Shortest password accepted, in characters. */
    public static final int MIN_LENGTH = 12;
    /** Longest password accepted, in characters. */
    public static final int MAX_LENGTH = 128;

    private Passwords() {}

    /** The parameters as {@code Pbkdf2PasswordHash.initialize} takes them. */
    static Map<String, String> parameters() {
        return Map.of(
                key(ALGORITHM),
                value(ALGORITHM),
                key(ITERATIONS),
                value(ITERATIONS),
                key(SALT_SIZE),
                value(SALT_SIZE),
                key(KEY_SIZE),
                value(KEY_SIZE));
    }

    /** A random password nobody knows (for a hash that must match no password anyone types). */
    static char[] unguessable() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random).toCharArray();
    }

    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int TEMPORARY_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A temporary password an administrator hands over after a reset: {@value #TEMPORARY_LENGTH} characters of an
     * alphabet without look-alikes (no 0/O, 1/l/I), about 115 random bits, to be replaced at the next sign-in.
     */
    static char[] temporary() {
        char[] password = new char[TEMPORARY_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length()));
        }
        return password;
    }

    /** Why a password is not acceptable, or null when it is. */
    public static String problemWith(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return "a password needs at least " + MIN_LENGTH + " characters";
        }
        if (password.length > MAX_LENGTH) {
            return "a password has at most " + MAX_LENGTH + " characters";
        }
        return null;
    }

    private static String key(String parameter) {
        return parameter.substring(0, parameter.indexOf('='));
    }

    private static String value(String parameter) {
        return parameter.substring(parameter.indexOf('=') + 1);
    }
}

package org.attune.web.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What an API token is: {@value #PREFIX} and 32 random bytes from {@link SecureRandom} (256 bits) in URL-safe Base64
 * without padding, 50 characters in all — recognisable in a script or a leaked log by its prefix, and never stored:
 * the database keeps only its SHA-256 ({@link #hash}). A token is too long to guess, so one hash of it (no salt, no
 * iterations) is enough, and a call made with it costs no password hashing.
 */
public final class TokenSecrets {

    /** How every token starts. */
    public static final String PREFIX = "attune_";

    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern WELL_FORMED = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");

    private TokenSecrets() {}

    /** A new token, never made before (256 random bits). */
    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when {@code token} has the shape of a token (prefix, length, alphabet): worth looking up. */
    public static boolean isWellFormed(String token) {
        return token != null && WELL_FORMED.matcher(token).matches();
    }

    /** The SHA-256 of the token's characters, as 64 lower-case hexadecimal digits: what the database keeps. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

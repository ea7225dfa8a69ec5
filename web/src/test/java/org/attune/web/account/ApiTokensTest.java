package org.attune.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The token format, its hash, how long a token lasts and what it may be called: no database needed. */
class ApiTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T21:00:00Z");

    @Test
    void aTokenIsThePrefixAnd256RandomBitsInUrlSafeBase64() {
        String token = TokenSecrets.generate();

        assertThat(token).startsWith("attune_").hasSize("attune_".length() + 43);
        assertThat(Base64.getUrlDecoder().decode(token.substring("attune_".length())))
                .hasSize(32);
        assertThat(TokenSecrets.isWellFormed(token)).isTrue();
    }

    @Test
    void everyTokenIsNew() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(TokenSecrets.generate());
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void onlyTheSha256OfATokenIsKept() throws Exception {
        String token = TokenSecrets.generate();

        String hash = TokenSecrets.hash(token);

        assertThat(hash)
                .hasSize(64)
                .matches("[0-9a-f]{64}")
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))))
                .doesNotContain(token.substring("attune_".length()));
        assertThat(TokenSecrets.hash(token)).as("the same token, the same hash").isEqualTo(hash);
        assertThat(TokenSecrets.hash(TokenSecrets.generate())).isNotEqualTo(hash);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "attune_",
                "attune_short",
                "ghp_0123456789012345678901234567890123456789012",
                "attune_012345678901234567890123456789012345678901",
                "attune_01234567890123456789012345678901234567890123",
                "attune_0123456789012345678901234567890123456789+/=",
                "ATTUNE_0123456789012345678901234567890123456789012",
                "attune_0123456789012345678901234567890123456789012 ",
                "attune_012345678901234567890123456789012345678901\u00e9"
            })
    void aStringWithoutTheShapeOfATokenIsNotLookedUp(String notAToken) {
        assertThat(TokenSecrets.isWellFormed(notAToken)).isFalse();
        assertThat(TokenSecrets.isWellFormed(null)).isFalse();
    }

    @Test
    void aTokenLastsTheDaysAskedFromOneToTheMost() throws TokenException {
        assertThat(ApiTokens.expiry(NOW, 1, 365)).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(ApiTokens.expiry(NOW, 90, 365)).isEqualTo(Instant.parse("2027-03-07T21:00:00Z"));
        assertThat(ApiTokens.expiry(NOW, 365, 365)).isEqualTo(NOW.plus(Duration.ofDays(365)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 366, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void aTokenCannotLastLessThanADayOrMoreThanTheMost(int days) {
        assertThatThrownBy(() -> ApiTokens.expiry(NOW, days, 365))
                .isInstanceOf(TokenException.class)
                .hasMessageContaining("1 to 365 days")
                .extracting(e -> ((TokenException) e).reason())
                .isEqualTo(TokenException.Reason.DAYS);
    }

    @Test
    void aTokenStopsAtTheInstantItExpiresAndWhenRevoked() {
        Instant expires = NOW.plus(Duration.ofDays(90));
        ApiToken token = new ApiToken(1, "ci", NOW, expires, null, null);

        assertThat(token.state(NOW)).isEqualTo(ApiToken.State.ACTIVE);
        assertThat(token.state(expires.minusMillis(1))).isEqualTo(ApiToken.State.ACTIVE);
        assertThat(token.state(expires)).isEqualTo(ApiToken.State.EXPIRED);
        assertThat(token.state(expires.plusSeconds(1))).isEqualTo(ApiToken.State.EXPIRED);
        assertThat(new ApiToken(1, "ci", NOW, expires, null, NOW.plusSeconds(5)).state(NOW))
                .isEqualTo(ApiToken.State.REVOKED);
        assertThat(ApiToken.State.REVOKED.code()).isEqualTo("revoked");
    }

    @Test
    void aNameIsTrimmedAndKeptAsTyped() throws TokenException {
        assertThat(ApiTokens.checkedName("  nightly import  ")).isEqualTo("nightly import");
        assertThat(ApiTokens.checkedName("<script>alert(1)</script>"))
                .as("escaped where shown, never refused or altered")
                .isEqualTo("<script>alert(1)</script>");
        assertThat(ApiTokens.checkedName("x".repeat(100))).hasSize(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "line\nbreak", "tab\there", "nul\u0000"})
    void aNameMustSaySomethingPrintable(String name) {
        assertThatThrownBy(() -> ApiTokens.checkedName(name))
                .isInstanceOf(TokenException.class)
                .extracting(e -> ((TokenException) e).reason())
                .isEqualTo(TokenException.Reason.NAME);
    }

    @Test
    void aNameHasAtMostOneHundredCharacters() {
        assertThatThrownBy(() -> ApiTokens.checkedName("x".repeat(101))).isInstanceOf(TokenException.class);
        assertThatThrownBy(() -> ApiTokens.checkedName(null)).isInstanceOf(TokenException.class);
    }
}

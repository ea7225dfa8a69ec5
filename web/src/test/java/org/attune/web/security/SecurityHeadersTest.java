package org.attune.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void thePolicyAllowsOnlyTheServersOwnScriptsAndStylesAndNothingInline() {
        String policy = SecurityHeaders.policy("'self'");

        assertThat(policy)
                .contains(
                        "default-src 'self'",
                        "script-src 'self'",
                        "style-src 'self'",
                        "object-src 'none'",
                        "form-action 'self'",
                        "frame-ancestors 'self'")
                .doesNotContain("unsafe");
    }

    @Test
    void aHospitalPortalMayFrameThePages() {
        assertThat(SecurityHeaders.frameAncestors("'self' https://portal.hospital.example"))
                .isEqualTo("'self' https://portal.hospital.example");
        assertThat(SecurityHeaders.frameAncestors(" 'none' ")).isEqualTo("'none'");
        assertThat(SecurityHeaders.frameAncestors(null)).isEqualTo("'self'");
    }

    @Test
    void anythingThatIsNotASourceListFallsBackToSelf() {
        assertThat(List.of("*; script-src 'unsafe-inline'", "https://a.example\r\nSet-Cookie: x=1"))
                .allSatisfy(sources ->
                        assertThat(SecurityHeaders.frameAncestors(sources)).isEqualTo("'self'"));
    }
}

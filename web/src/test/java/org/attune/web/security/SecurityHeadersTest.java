package org.attune.web.security;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(SecurityHeaders.frameAncestors("*; script-src 'unsafe-inline'"))
                .isEqualTo("'self'");
        assertThat(SecurityHeaders.frameAncestors("https://a.example\r\nSet-Cookie: x=1"))
                .isEqualTo("'self'");
    }
}

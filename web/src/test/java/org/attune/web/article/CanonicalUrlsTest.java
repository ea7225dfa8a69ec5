package org.attune.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class CanonicalUrlsTest {

    private static CanonicalUrls configured(String baseUrl) {
        CanonicalUrls urls = new CanonicalUrls();
        urls.configured = Optional.ofNullable(baseUrl);
        urls.checkBase();
        return urls;
    }

    /** A request for /attune/articles/heat with a Host header chosen by the client. */
    private static HttpServletRequest articleRequest() {
        return (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> "/attune";
                    case "getServletPath" -> "/articles";
                    case "getPathInfo" -> "/heat";
                    case "getHeader", "getServerName" -> "evil.example";
                    case "getRequestURL" -> new StringBuffer("http://evil.example/attune/articles/heat");
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theConfiguredBaseUrlNamesThePage() {
        assertThat(configured("https://intranet.example.org/attune").of(articleRequest()))
                .isEqualTo("https://intranet.example.org/attune/articles/heat");
        assertThat(configured(" https://intranet.example.org/attune/ ").of(articleRequest()))
                .isEqualTo("https://intranet.example.org/attune/articles/heat");
    }

    @Test
    void withoutABaseUrlThePageIsNamedByItsPathAlone() {
        assertThat(configured(null).of(articleRequest())).isEqualTo("/attune/articles/heat");
    }

    @Test
    void aBaseUrlThatIsNoWebAddressIsIgnoredRatherThanEmitted() {
        for (String wrong : new String[] {
            "intranet.example.org", "javascript:alert(1)", "https://x.org/?a=1", "https://x.org/#top", "ftp://x.org"
        }) {
            assertThat(configured(wrong).of(articleRequest())).as(wrong).isEqualTo("/attune/articles/heat");
        }
    }
}

package org.attune.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CanonicalUrlsTest {

    private static CanonicalUrls configured(String baseUrl) {
        CanonicalUrls urls = new CanonicalUrls();
        urls.configured = Optional.ofNullable(baseUrl);
        urls.checkBase();
        return urls;
    }

    /** The page /attune/articles/heat (a page's address holds no Host header: the client cannot choose it). */
    private static PageAddress articlePage() {
        return PageAddress.of("/attune", "/articles/heat");
    }

    @Test
    void theConfiguredBaseUrlNamesThePage() {
        assertThat(configured("https://intranet.example.org/attune").of(articlePage()))
                .isEqualTo("https://intranet.example.org/attune/articles/heat");
        assertThat(configured(" https://intranet.example.org/attune/ ").of(articlePage()))
                .isEqualTo("https://intranet.example.org/attune/articles/heat");
    }

    @Test
    void withoutABaseUrlThePageIsNamedByItsPathAlone() {
        assertThat(configured(null).of(articlePage())).isEqualTo("/attune/articles/heat");
    }

    @Test
    void aBaseUrlThatIsNoWebAddressIsIgnoredRatherThanEmitted() {
        for (String wrong : new String[] {
            "intranet.example.org", "javascript:alert(1)", "https://x.org/?a=1", "https://x.org/#top", "ftp://x.org"
        }) {
            assertThat(configured(wrong).of(articlePage())).as(wrong).isEqualTo("/attune/articles/heat");
        }
    }
}

package org.attune.web.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.attune.personalization.audience.AudienceProfiles;
import org.attune.web.view.LocalPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AudienceResolverTest {

    private static AudienceResolver resolver(String configuredDefault) {
        AudienceResolver resolver = new AudienceResolver();
        resolver.profiles = AudienceProfiles.builtIn();
        resolver.configuredDefault = Optional.ofNullable(configuredDefault);
        resolver.chooseDefault();
        return resolver;
    }

    /** A request with only query parameters and cookies, which is all the resolver reads. */
    private static HttpServletRequest request(Map<String, String> parameters, Cookie... cookies) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getCookies" -> cookies.length == 0 ? null : cookies;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aFirstTimeReaderGetsTheDeploymentsDefault() {
        assertThat(resolver("patient").resolve(request(Map.of())).id()).isEqualTo("patient");
        assertThat(resolver("clinician").resolve(request(Map.of())).id())
                .as("a staff intranet")
                .isEqualTo("clinician");
    }

    @Test
    void unsetTheDefaultIsTheBuiltInFilesFirstAudience() {
        assertThat(resolver(null).resolve(request(Map.of())).id()).isEqualTo("patient");
    }

    @Test
    void aMisconfiguredDefaultFallsBackToTheFirstAudienceRatherThanFailing() {
        assertThat(resolver("surgeon").resolve(request(Map.of())).id()).isEqualTo("patient");
    }

    @Test
    void theLinkBeatsTheRememberedChoiceForThatPage() {
        ReaderAudience reader = resolver("patient")
                .resolve(request(Map.of("audience", "student"), new Cookie(AudienceCookie.NAME, "clinician")));

        assertThat(reader.id()).isEqualTo("student");
        assertThat(reader.fromLink()).isTrue();
        assertThat(reader.unrecognised()).isFalse();
    }

    @Test
    void theRememberedChoiceAppliesToEveryPage() {
        ReaderAudience reader = resolver("patient")
                .resolve(request(Map.of(), new Cookie("other", "x"), new Cookie(AudienceCookie.NAME, "clinician")));

        assertThat(reader.id()).isEqualTo("clinician");
        assertThat(reader.fromLink()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "surgeon",
                "",
                " ",
                "patient<script>",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            })
    void anUnknownValueShowsTheDefaultAndSaysSo(String value) {
        ReaderAudience fromLink = resolver("clinician").resolve(request(Map.of("audience", value)));
        ReaderAudience fromCookie = resolver("clinician")
                .resolve(request(
                        Map.of(), new Cookie(AudienceCookie.NAME, value.isBlank() ? "-" : value.replace(' ', '_'))));

        assertThat(fromLink.id()).isEqualTo("clinician");
        assertThat(fromLink.unrecognised()).isTrue();
        assertThat(fromCookie.id()).isEqualTo("clinician");
        assertThat(fromCookie.unrecognised()).isTrue();
    }

    @Test
    void audienceIdsAreReadWithoutRegardToCaseOrSurroundingSpace() {
        assertThat(resolver("patient")
                        .resolve(request(Map.of("audience", " Student ")))
                        .id())
                .isEqualTo("student");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example/",
                "//evil.example/x",
                "/\\evil.example",
                "javascript:alert(1)",
                "articles/x",
                "/ok\r\nSet-Cookie: x=y"
            })
    void theFormOnlyEverSendsTheReaderBackToAPageOfThisSite(String requested) {
        assertThat(LocalPath.of(requested)).isEqualTo("/");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/\u012fevil.example",
                "/\u012f\u012fevil.example",
                "/\uff0f/evil.example",
                "/articles/\u00e9t\u00e9",
                "/\t/evil.example",
                "/ /evil.example",
                "/a\"<b>",
                "/%zz"
            })
    void aReturnPathThatIsNotPrintableAsciiOrNotAUriSendsTheReaderHome(String requested) {
        assertThat(LocalPath.of(requested)).isEqualTo("/");
    }

    @Test
    void theFormSendsTheReaderBackToThePageTheyWereOn() {
        assertThat(LocalPath.of("/articles/heat-therapy-for-low-back-pain?x=1"))
                .isEqualTo("/articles/heat-therapy-for-low-back-pain?x=1");
        assertThat(LocalPath.of("/search?q=%C3%A9t%C3%A9&audience=student"))
                .isEqualTo("/search?q=%C3%A9t%C3%A9&audience=student");
        assertThat(LocalPath.of(null)).isEqualTo("/");
    }
}

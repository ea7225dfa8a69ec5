package org.attune.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;

import org.attune.web.article.ArticleServlet;
import org.attune.web.audience.AudienceServlet;
import org.junit.jupiter.api.Test;

class AllowedMethodsTest {

    /** A servlet context that knows one servlet, by the name "page", which is all AllowedMethods asks. */
    private static ServletContext contextWith(Class<?> servlet) {
        ServletRegistration registration = (ServletRegistration) Proxy.newProxyInstance(
                ServletRegistration.class.getClassLoader(),
                new Class<?>[] {ServletRegistration.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getClassName" -> servlet.getName();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (ServletContext) Proxy.newProxyInstance(
                ServletContext.class.getClassLoader(),
                new Class<?>[] {ServletContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getServletRegistration" -> "page".equals(args[0]) ? registration : null;
                    case "getClassLoader" -> AllowedMethodsTest.class.getClassLoader();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aPageThatIsOnlyReadAllowsGetHeadAndOptions() {
        assertThat(AllowedMethods.of(contextWith(ArticleServlet.class), "page")).contains("GET, HEAD, OPTIONS");
    }

    @Test
    void aFormAlsoAllowsPost() {
        assertThat(AllowedMethods.of(contextWith(AudienceServlet.class), "page"))
                .contains("GET, HEAD, POST, OPTIONS");
    }

    @Test
    void anUnknownServletGivesNoHeaderRatherThanAWrongOne() {
        assertThat(AllowedMethods.of(contextWith(ArticleServlet.class), "other"))
                .isEmpty();
        assertThat(AllowedMethods.of(contextWith(ArticleServlet.class), null)).isEmpty();
        assertThat(AllowedMethods.of(contextWith(String.class), "page")).isEmpty();
    }
}

package org.attune.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie of signed-in editors: {@code HttpOnly}, {@code SameSite=Strict}, and {@code Secure} when the
 * request came over HTTPS — or always, with {@code attune.security.secure-cookies=true}, for a server behind a
 * proxy that ends TLS and forwards plain HTTP. Readers never get one.
 *
 * <p>Payara 6 writes neither the standard {@code SessionCookieConfig} attributes nor web.xml's {@code <attribute>}
 * into the cookie, so the cookie it sets at sign-in is rewritten here with them.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    public static final String NAME = "ATTUNE_SESSION";
    private static final String HEADER = "Set-Cookie";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName(NAME);
        cookie.setHttpOnly(true);
        if (alwaysSecure()) {
            cookie.setSecure(true);
        }
    }

    /** Adds {@code SameSite=Strict} (and {@code Secure} where due) to the session cookie this response sets. */
    static void harden(HttpServletRequest request, HttpServletResponse response) {
        List<String> cookies = new ArrayList<>(response.getHeaders(HEADER));
        if (cookies.stream().noneMatch(c -> c.startsWith(NAME + "="))) {
            return;
        }
        boolean secure = request.isSecure() || alwaysSecure();
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = cookies.get(i);
            if (cookie.startsWith(NAME + "=")) {
                String lower = cookie.toLowerCase(Locale.ROOT);
                StringBuilder hardened = new StringBuilder(cookie);
                if (!lower.contains("samesite=")) {
                    hardened.append("; SameSite=Strict");
                }
                if (secure && !lower.contains("; secure")) {
                    hardened.append("; Secure");
                }
                cookies.set(i, hardened.toString());
            }
        }
        response.setHeader(HEADER, cookies.get(0));
        cookies.subList(1, cookies.size()).forEach(c -> response.addHeader(HEADER, c));
    }

    static boolean alwaysSecure() {
        return ConfigProvider.getConfig()
                .getOptionalValue("attune.security.secure-cookies", Boolean.class)
                .orElse(false);
    }
}

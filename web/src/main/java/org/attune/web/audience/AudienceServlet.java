package org.attune.web.audience;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.view.Redirect;

/**
 * {@code POST /audience}: the "Which best describes you?" form. Remembers the choice and sends the reader back to
 * the page they were on (only ever a page of this site).
 */
@WebServlet(urlPatterns = "/audience")
public class AudienceServlet extends HttpServlet {

    @Inject
    AudienceResolver audiences;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        audiences.find(request.getParameter(AudienceResolver.PARAMETER))
                .ifPresent(profile -> AudienceCookie.write(request, response, profile.id()));
        Redirect.to(request, response, HttpServletResponse.SC_SEE_OTHER, localPath(request.getParameter("return")));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Redirect.to(request, response, HttpServletResponse.SC_FOUND, "/");
    }

    /**
     * The page to go back to: a path on this site, or the home page. It goes into the {@code Location} header, which
     * the container writes one byte per character (U+012F would leave as 0x2F, '/'), so it must be printable ASCII:
     * then the characters checked here are exactly the bytes sent. It starts with exactly one '/' (no other host)
     * and is a valid URI.
     */
    static String localPath(String requested) {
        if (requested == null || requested.length() > 500 || !requested.startsWith("/") || requested.startsWith("//")
                || requested.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f || c == '\\')) {
            return "/";
        }
        try {
            new URI(requested);
            return requested;
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}

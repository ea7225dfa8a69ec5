package org.attune.web.audience;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + localPath(request.getParameter("return")));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** The page to go back to: a path on this site, or the home page. */
    static String localPath(String requested) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//")
                || requested.contains("\\") || requested.length() > 500
                || requested.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return requested;
    }
}

package org.attune.web.audience;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.view.LocalPath;
import org.attune.web.view.Redirect;

/**
 * {@code POST /audience}: the "Which best describes you?" form. Remembers the choice and sends the reader back to
 * the page they were on (only ever a page of this site). A form posted from another site changes nothing (403):
 * another site cannot choose what a reader reads here.
 */
@WebServlet(urlPatterns = "/audience")
public class AudienceServlet extends HttpServlet {

    @Inject
    AudienceResolver audiences;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (CrossSiteForms.isCrossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        audiences
                .find(request.getParameter(AudienceResolver.PARAMETER))
                .ifPresent(profile -> AudienceCookie.write(request, response, profile.id()));
        Redirect.to(request, response, HttpServletResponse.SC_SEE_OTHER, LocalPath.of(request.getParameter("return")));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Redirect.to(request, response, HttpServletResponse.SC_FOUND, "/");
    }
}

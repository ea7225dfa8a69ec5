package org.attune.web.error;

import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import org.attune.web.view.PageRenderer;

/**
 * The target of every {@code <error-page>} in web.xml. It shows a short page for the status, or for a call to the
 * API ({@code /api/…}) the same status as problem details; the exception, if any, goes to the server log only.
 */
@WebServlet(urlPatterns = "/error")
public class ErrorServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

    @Inject
    PageRenderer pages;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable t) {
            LOG.log(
                    Level.SEVERE,
                    "Request to " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + " failed",
                    t);
        }
        if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
            AllowedMethods.of(getServletContext(), (String) request.getAttribute(RequestDispatcher.ERROR_SERVLET_NAME))
                    .ifPresent(allowed -> response.setHeader("Allow", allowed));
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            new Problem(status, reason(status), null).send(response);
            return;
        }
        pages.render(request, response, status, "error/page", Map.of("status", status, "kind", kind(status)));
    }

    /**
     * The reason phrase of a status the container or a filter answers an API call with: JAX-RS's own, the one the
     * API's other problems carry.
     */
    static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status >= 500 ? "Internal Server Error" : "Bad Request";
    }

    /** Which explanation the page gives: the {@code error.title.*} and {@code error.text.*} messages. */
    static String kind(int status) {
        return switch (status) {
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405, 501 -> "method";
            case 413 -> "too-large";
            default -> status >= 500 ? "server" : "request";
        };
    }
}

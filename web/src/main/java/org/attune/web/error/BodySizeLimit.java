package org.attune.web.error;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a request body larger than Attune ever reads with 413 and the error page, before anything parses it.
 * Readers' only form (the audience choice) is a few hundred bytes; article files sent by editors (the editor's forms
 * and the API) may be up to {@value #ARTICLE_MAX_BYTES} bytes. Left to the container, a form over its own limit
 * (2 MiB in Payara Micro) fails while its parameters are read: a 500 and two stack traces in the log per request.
 */
@WebFilter(urlPatterns = "/*")
public class BodySizeLimit extends HttpFilter {

    static final long MAX_BYTES = 64 * 1024;
    static final long ARTICLE_MAX_BYTES = 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean carriesArticles = path.startsWith("/editor/") || path.startsWith("/api/v1/articles");
        if (request.getContentLengthLong() > (carriesArticles ? ARTICLE_MAX_BYTES : MAX_BYTES)) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}

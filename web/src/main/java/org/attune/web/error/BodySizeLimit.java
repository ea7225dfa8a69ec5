package org.attune.web.error;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a request body larger than Attune ever reads with 413, before anything parses it, however the body is
 * framed. Readers' only form (the audience choice) is a few hundred bytes; article files sent by editors (the
 * editor's forms and the API) may be up to {@value #ARTICLE_MAX_BYTES} bytes.
 *
 * <p>A body with a {@code Content-Length} is judged by it and never read here. A chunked body (no length given) is
 * read here, up to one byte past the limit and no further, and handed on from memory: over the limit it is a 413
 * having read at most that much. Forms come from browsers, which always give the length, so a chunked form is
 * answered 411 (Length Required) rather than read. Every early answer closes the connection, so the container does
 * not read the rest of the body to keep it open. Left to the container, a form over its own limit (2 MiB in Payara
 * Micro) fails while its parameters are read (a 500), and a chunked body is read in full before any answer.
 *
 * <p>Runs second, after {@code SecurityHeaders} and before every filter that reads anything (the order of the
 * mappings in web.xml), so an oversized body gets its 413 before anyone asks who sent it.
 */
@WebFilter(filterName = "BodySizeLimit", urlPatterns = "/*")
public class BodySizeLimit extends HttpFilter {

    static final int MAX_BYTES = 64 * 1024;
    static final int ARTICLE_MAX_BYTES = 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        int limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (declared < 0 && isChunked(request)) {
            if (isForm(request)) {
                refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED);
                return;
            }
            byte[] body = request.getInputStream().readNBytes(limit + 1);
            if (body.length > limit) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static int limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean carriesArticles = path.startsWith("/editor/") || path.startsWith("/api/v1/articles");
        return carriesArticles ? ARTICLE_MAX_BYTES : MAX_BYTES;
    }

    private static boolean isChunked(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && !encoding.isBlank();
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        return lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/");
    }

    private static void refuse(HttpServletResponse response, int status) throws IOException {
        response.setHeader("Connection", "close");
        response.sendError(status);
    }
}

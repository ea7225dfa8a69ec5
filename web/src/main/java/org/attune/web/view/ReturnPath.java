package org.attune.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The page the audience form sends the reader back to: this page's path and query, without the one-page
 * {@code audience} parameter (the new choice must win over it).
 */
final class ReturnPath {

    private ReturnPath() {}

    static String of(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals("/error")) {
            // An error page sends the reader home, and never reads the failed request's parameters: a form body too
            // large to read would fail again here.
            return "/";
        }
        if (path.isEmpty()) {
            path = "/";
        }
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getKey().equals("audience")) {
                continue;
            }
            for (String value : parameter.getValue()) {
                query.add(encode(parameter.getKey()) + "=" + encode(value));
            }
        }
        return path + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.attune.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which reader's page is asked for, as much as its content depends on: the application's context path, the path
 * within it ({@code /articles/x}) and the query parameters, without the one-page {@code audience} parameter (the
 * audience is the reader's, resolved apart). Made from a request, or by Attune itself to render a page before anyone
 * asks for it.
 */
public record PageAddress(String contextPath, String path, Map<String, List<String>> parameters) {

    static final String AUDIENCE_PARAMETER = "audience";

    public PageAddress {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        parameters.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        parameters = Collections.unmodifiableMap(copy);
    }

    public static PageAddress of(HttpServletRequest request) {
        String path = pathWithinApplication(request);
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals(AUDIENCE_PARAMETER)) {
                parameters.put(name, List.of(values));
            }
        });
        return new PageAddress(request.getContextPath(), path.isEmpty() ? "/" : path, parameters);
    }

    /** The request's path within the application, without its query: {@code /articles/x}. */
    public static String pathWithinApplication(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    /** A page without parameters, as Attune asks for it itself. */
    public static PageAddress of(String contextPath, String path) {
        return new PageAddress(contextPath, path, Map.of());
    }

    /** The first value of a parameter, or null. */
    public String parameter(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The path and query, as the audience form's return path: where the reader goes back to. */
    public String returnPath() {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, values) -> values.forEach(value -> query.add(encode(name) + "=" + encode(value))));
        return path + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

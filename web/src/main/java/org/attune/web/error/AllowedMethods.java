package org.attune.web.error;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServlet;

/**
 * The {@code Allow} header of a 405: the methods the refusing servlet answers. {@link HttpServlet} answers 405 for
 * every {@code doXxx} its subclass does not override, and lists the overridden ones only for {@code OPTIONS} (it
 * offers no method to ask): the same rule, read from the servlet's class.
 */
final class AllowedMethods {

    private static final Map<String, List<String>> METHODS = new LinkedHashMap<>();

    static {
        METHODS.put("doGet", List.of("GET", "HEAD"));
        METHODS.put("doPost", List.of("POST"));
        METHODS.put("doPut", List.of("PUT"));
        METHODS.put("doDelete", List.of("DELETE"));
    }

    private AllowedMethods() {}

    /** For example {@code GET, HEAD, OPTIONS}; empty when the servlet is unknown or not an {@code HttpServlet}. */
    static Optional<String> of(ServletContext context, String servletName) {
        ServletRegistration registration = servletName == null ? null : context.getServletRegistration(servletName);
        if (registration == null || registration.getClassName() == null) {
            return Optional.empty();
        }
        Class<?> servlet;
        try {
            servlet = Class.forName(registration.getClassName(), false, context.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        if (!HttpServlet.class.isAssignableFrom(servlet)) {
            return Optional.empty();
        }
        List<String> allowed = new ArrayList<>();
        METHODS.forEach((method, names) -> {
            if (overrides(servlet, method)) {
                allowed.addAll(names);
            }
        });
        allowed.add("OPTIONS");
        return Optional.of(String.join(", ", allowed));
    }

    private static boolean overrides(Class<?> servlet, String method) {
        for (Class<?> type = servlet; type != HttpServlet.class; type = type.getSuperclass()) {
            if (Arrays.stream(type.getDeclaredMethods()).map(Method::getName).anyMatch(method::equals)) {
                return true;
            }
        }
        return false;
    }
}

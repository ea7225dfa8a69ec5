package org.attune.web.error;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An API error as RFC 9457 problem details ({@code application/problem+json}): a status, a short title and what
 * went wrong in words a script's author can act on. Never a stack trace.
 */
public record Problem(int status, String title, String detail, List<LineProblem> problems) {

    /** One problem in an article file, at its line. */
    public record LineProblem(int line, String message) {}

    public Problem(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public Problem {
        problems = List.copyOf(problems);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    public String toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (!problems.isEmpty()) {
            var list = JSON.createArrayBuilder();
            for (LineProblem problem : problems) {
                list.add(JSON.createObjectBuilder().add("line", problem.line()).add("message", problem.message()));
            }
            json.add("problems", list);
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.writeObject(json.build());
        }
        return out.toString();
    }

    /** Writes it as the whole response, committed, so nothing after can turn it into an HTML error page. */
    public void send(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(toJson());
        response.flushBuffer();
    }
}

package org.attune.web.api;

import java.io.StringReader;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;

/** A request body that must be a JSON object; anything else is a 400 problem that shows the shape expected. */
final class JsonBody {

    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    private JsonBody() {}

    /** @param example what such a body looks like, for the problem's detail (e.g. {@code {"to": "submitted"}}) */
    static JsonObject object(String body, String example) {
        try {
            return JSON.createReader(new StringReader(body == null ? "" : body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ProblemException.badRequest("the body must be a JSON object such as " + example);
        }
    }
}

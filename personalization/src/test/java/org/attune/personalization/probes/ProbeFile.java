package org.attune.personalization.probes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the probe file: "== class: what it is" sections of "key: value" paragraphs (PROBES-FORMAT.md). */
final class ProbeFile {

    private static final Set<String> KEYS = Set.of("source", "audience", "expect", "never", "keeps", "from", "open");
    private static final String DEFAULT_FROM = "project";

    private final Map<String, String> classes = new LinkedHashMap<>();
    private final List<Probe> probes = new ArrayList<>();

    private ProbeFile() {}

    static ProbeFile read(String resource) {
        try (InputStream in = ProbeFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            ProbeFile file = new ProbeFile();
            file.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classes in file order, with what each is about. */
    Map<String, String> classes() {
        return classes;
    }

    List<Probe> probes() {
        return probes;
    }

    private void parse(List<String> lines) {
        String defectClass = null;
        Map<String, String> fields = new HashMap<>();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "";
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isEmpty() || line.startsWith("== ")) {
                if (!fields.isEmpty()) {
                    probes.add(probe(defectClass, start, fields));
                    fields = new HashMap<>();
                }
                if (line.startsWith("== ")) {
                    int colon = line.indexOf(':');
                    if (colon < 0) {
                        throw problem(i + 1, "a class line reads '== id: what it is'");
                    }
                    defectClass = line.substring(3, colon).strip();
                    classes.put(defectClass, line.substring(colon + 1).strip());
                }
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip();
            if (!KEYS.contains(key)) {
                throw problem(i + 1, "unknown key '" + key + "'");
            }
            if (fields.isEmpty()) {
                start = i + 1;
            }
            if (fields.put(key, line.substring(colon + 1).strip()) != null) {
                throw problem(i + 1, "'" + key + "' twice in one probe");
            }
        }
    }

    private static Probe probe(String defectClass, int line, Map<String, String> fields) {
        if (defectClass == null) {
            throw problem(line, "a probe before the first '== class' line");
        }
        String source = fields.get("source");
        if (source == null || source.isEmpty()) {
            throw problem(line, "a probe needs a source");
        }
        if (!fields.containsKey("expect") && !fields.containsKey("never") && !fields.containsKey("keeps")) {
            throw problem(line, "a probe needs 'expect', 'never' or 'keeps'");
        }
        return new Probe(
                defectClass,
                line,
                source,
                fields.getOrDefault("audience", "patient"),
                fields.get("expect"),
                list(fields.get("never")),
                list(fields.get("keeps")),
                fields.getOrDefault("from", DEFAULT_FROM),
                fields.get("open"));
    }

    private static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static IllegalArgumentException problem(int line, String message) {
        return new IllegalArgumentException("probes.txt:" + line + ": " + message);
    }
}

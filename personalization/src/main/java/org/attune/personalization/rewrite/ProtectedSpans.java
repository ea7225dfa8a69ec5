package org.attune.personalization.rewrite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the parts of a text that are never rewritten or split: numbers with their units and ranges ("10 points",
 * "2 to 18 months", "100-point", "5 mg/kg"), citation markers ("[1, 3]"), URLs and DOIs, and proper names from a
 * list ("American College of Physicians"). Each kind is found by a hand-written scan ({@link NumberSpans},
 * {@link CitationSpans}, {@link UrlSpans}, {@link NameSpans}) that finds exactly what a regular expression used to,
 * all of them in one pass ({@link SpanFinder}), in a fraction of the time. Immutable and thread-safe.
 */
public final class ProtectedSpans {

    /** The built-in list of proper names, one per line, next to this class. */
    public static final String BUILT_IN_NAMES = "protected-names.txt";

    private static final Comparator<Span> BY_POSITION =
            Comparator.comparingInt(Span::start).thenComparingInt(Span::end);

    private final SpanFinder finder;

    private ProtectedSpans(List<String> listed) {
        this.finder =
                new SpanFinder(List.of(new NumberSpans(), new CitationSpans(), new UrlSpans(), new NameSpans(listed)));
    }

    /** Protects numbers, citations, URLs and the built-in list of proper names. */
    public static ProtectedSpans builtIn() {
        return new ProtectedSpans(builtInNames());
    }

    /** The names listed in {@link #BUILT_IN_NAMES}, comment lines left out. */
    static List<String> builtInNames() {
        try (InputStream in = ProtectedSpans.class.getResourceAsStream(BUILT_IN_NAMES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN_NAMES);
            }
            List<String> names = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    names.add(line.strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The protected ranges of a text, sorted and merged where they overlap or touch. */
    public List<Span> find(String text) {
        List<Span> spans = finder.find(text);
        spans.sort(BY_POSITION);
        List<Span> merged = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int last = merged.size() - 1;
            if (last >= 0 && s.start() <= merged.get(last).end()) {
                merged.set(
                        last,
                        new Span(
                                merged.get(last).start(),
                                Math.max(merged.get(last).end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** A half-open range [start, end) of a text. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }
}

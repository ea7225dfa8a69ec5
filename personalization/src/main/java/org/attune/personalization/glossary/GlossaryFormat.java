package org.attune.personalization.glossary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes the glossary text format described in {@code personalization/GLOSSARY-FORMAT.md}: UTF-8,
 * one entry per paragraph of {@code key: value} lines, entries separated by blank lines, {@code #} comments,
 * file-level {@code glossary:} and {@code source:} lines before the first entry, and {@code withdraw:} lines that
 * remove a term of a lower layer.
 */
public final class GlossaryFormat {

    private static final Set<String> ENTRY_KEYS = Set.of(
            "term",
            "plural",
            "variants",
            "abbreviation",
            "plain",
            "plain-plural",
            "definition",
            "expansion",
            "source",
            "kept-after",
            "kept-before",
            "kept-near",
            "kept-in-name",
            "modifier",
            "article");

    private GlossaryFormat() {}

    /** A parsed file: its entries and the terms it withdraws from lower layers. */
    public record Layer(Glossary glossary, List<String> withdrawn) {

        /** {@code base} with this layer applied on top. */
        public Glossary applyTo(Glossary base) {
            return base.without(withdrawn).overriddenBy(glossary);
        }
    }

    public static Layer read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), reader);
        }
    }

    /** Reads a glossary shipped on the class path next to this class. */
    public static Glossary readResource(String name) {
        try (InputStream in = GlossaryFormat.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing glossary resource " + name);
            }
            return read(name, new InputStreamReader(in, StandardCharsets.UTF_8)).glossary();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a glossary file; every error names the file and line. */
    public static Layer read(String fileName, Reader reader) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String glossaryName = fileName;
        String defaultSource = null;
        List<GlossaryEntry> entries = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        Map<String, String> current = null;
        int entryLine = 0;
        int number = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String stripped = line.strip();
            if (stripped.startsWith("#")) {
                continue;
            }
            if (stripped.isEmpty()) {
                if (current != null) {
                    entries.add(entry(fileName, entryLine, current, defaultSource));
                    current = null;
                }
                continue;
            }
            int colon = stripped.indexOf(':');
            if (colon <= 0) {
                throw error(fileName, number, "expected 'key: value', found '" + stripped + "'");
            }
            String key = stripped.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
            String value = stripped.substring(colon + 1).strip();
            if (current == null) {
                switch (key) {
                    case "glossary" -> {
                        glossaryName = value;
                        continue;
                    }
                    case "source" -> {
                        defaultSource = value;
                        continue;
                    }
                    case "withdraw" -> {
                        withdrawn.add(value);
                        continue;
                    }
                    case "term" -> {
                        current = new LinkedHashMap<>();
                        entryLine = number;
                    }
                    default ->
                        throw error(
                                fileName,
                                number,
                                "an entry starts with 'term:' (or use glossary:, source:, withdraw: before it), found '"
                                        + key + ":'");
                }
            }
            if (!ENTRY_KEYS.contains(key)) {
                throw error(fileName, number, "unknown key '" + key + "' (known: " + ENTRY_KEYS + ")");
            }
            if (current.containsKey(key)) {
                throw error(
                        fileName,
                        number,
                        "'" + key + "' given twice in one entry (entries are separated by a" + " blank line)");
            }
            if (value.isEmpty() && !key.equals("plural")) {
                throw error(fileName, number, "'" + key + "' has no value");
            }
            current.put(key, value);
        }
        if (current != null) {
            entries.add(entry(fileName, entryLine, current, defaultSource));
        }
        return new Layer(Glossary.of(glossaryName, entries), List.copyOf(withdrawn));
    }

    private static GlossaryEntry entry(String fileName, int line, Map<String, String> fields, String defaultSource) {
        String source = fields.getOrDefault("source", defaultSource);
        if (source == null) {
            throw error(
                    fileName,
                    line,
                    "entry '" + fields.get("term") + "' has no source (give 'source:' in the"
                            + " entry or once at the top of the file)");
        }
        String plural = fields.get("plural");
        if ("-".equals(plural)) {
            plural = "";
        }
        List<String> variants = fields.containsKey("variants")
                ? Arrays.stream(fields.get("variants").split("\\|"))
                        .map(String::strip)
                        .toList()
                : List.of();
        try {
            TermContext context = context(fileName, line, fields);
            return new GlossaryEntry(
                    fields.get("term"),
                    plural,
                    variants,
                    fields.get("abbreviation"),
                    fields.get("plain"),
                    fields.get("plain-plural"),
                    fields.get("definition"),
                    fields.get("expansion"),
                    source,
                    context);
        } catch (IllegalArgumentException e) {
            throw error(fileName, line, e.getMessage());
        }
    }

    private static TermContext context(String fileName, int line, Map<String, String> fields) {
        String inName = fields.get("kept-in-name");
        if (inName != null && !inName.equals("yes")) {
            throw new IllegalArgumentException("'kept-in-name' is 'yes' or left out, found '" + inName + "'");
        }
        return new TermContext(
                TermContext.words(fields.get("kept-after")),
                TermContext.words(fields.get("kept-before")),
                TermContext.words(fields.get("kept-near")),
                inName != null,
                fields.get("modifier"),
                fields.get("article"));
    }

    private static IllegalArgumentException error(String fileName, int line, String message) {
        return new IllegalArgumentException(fileName + ":" + line + ": " + message);
    }

    /** Writes entries in this format, {@code source:} given once at the top when all share it. */
    public static void write(Glossary glossary, String header, Writer out) throws IOException {
        for (String line : header.split("\n")) {
            out.write(line.isEmpty() ? "#\n" : "# " + line + "\n");
        }
        out.write("glossary: " + glossary.name() + "\n");
        List<String> sources = glossary.entries().stream()
                .map(GlossaryEntry::source)
                .distinct()
                .toList();
        String common = sources.size() == 1 ? sources.get(0) : null;
        if (common != null) {
            out.write("source: " + common + "\n");
        }
        for (GlossaryEntry e : glossary.entries()) {
            out.write("\n");
            field(out, "term", e.term());
            if (e.plural() != null) {
                field(out, "plural", e.plural().isEmpty() ? "-" : e.plural());
            }
            if (!e.variants().isEmpty()) {
                field(out, "variants", String.join(" | ", e.variants()));
            }
            field(out, "abbreviation", e.abbreviation());
            field(out, "plain", e.plain());
            field(out, "plain-plural", e.plainPlural());
            field(out, "definition", e.definition());
            field(out, "expansion", e.expansion());
            TermContext c = e.context();
            field(out, "kept-after", c.keptAfter().isEmpty() ? null : String.join(" | ", new TreeSet<>(c.keptAfter())));
            field(
                    out,
                    "kept-before",
                    c.keptBefore().isEmpty() ? null : String.join(" | ", new TreeSet<>(c.keptBefore())));
            field(out, "kept-near", c.keptNear().isEmpty() ? null : String.join(" | ", new TreeSet<>(c.keptNear())));
            field(out, "kept-in-name", c.keptInName() ? "yes" : null);
            field(out, "modifier", c.modifier());
            field(out, "article", c.article());
            if (common == null) {
                field(out, "source", e.source());
            }
        }
    }

    private static void field(Writer out, String key, String value) throws IOException {
        if (value != null) {
            out.write(key + ": " + value + "\n");
        }
    }
}

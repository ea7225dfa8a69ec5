package org.attune.personalization.rewrite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Glossary terms a first-year student knows ("symptom", "kidney", "dose"): a student reads no definition for them.
 * The list is data, {@code everyday-words.txt} beside this class.
 */
final class EverydayWords {

    static final String BUILT_IN = "everyday-words.txt";

    private static final Set<String> WORDS = load();

    private EverydayWords() {}

    /** Whether a glossary term is an everyday word (ignoring case). */
    static boolean contains(String term) {
        return WORDS.contains(term.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (InputStream in = EverydayWords.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.attune.personalization.plain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.attune.personalization.glossary.Glossary;
import org.attune.personalization.glossary.GlossaryFormat;
import org.attune.personalization.rewrite.IndefiniteArticle;
import org.attune.personalization.rewrite.ProtectedSpans;
import org.attune.personalization.rewrite.TermMatch;
import org.attune.personalization.rewrite.TermMatcher;

/**
 * Replaces general academic words by plain ones ("utilize" → "use", "approximately" → "about", "in order to" →
 * "to") from a word list in the glossary format, matched as the glossary's terms are (whole words, longest first,
 * never inside a number, citation, URL or protected name, never across a negation, never between two of them, where
 * "to" could join two numbers into a range). A replacement is capitalised at
 * a sentence start and "a"/"an" before it corrected. It is not a glossary term: no definition, no aside, no key
 * term. Immutable and thread-safe.
 */
public final class PlainWords {

    /** The built-in list, next to this class. */
    public static final String BUILT_IN = "plain-words.glossary";

    private final Glossary words;
    private final TermMatcher matcher;
    private final ProtectedSpans protectedSpans;

    public PlainWords(Glossary words, ProtectedSpans protectedSpans) {
        this.words = Objects.requireNonNull(words, "words");
        this.protectedSpans = Objects.requireNonNull(protectedSpans, "protected spans");
        this.matcher = TermMatcher.of(words);
    }

    public static PlainWords builtIn() {
        return new PlainWords(builtInList(), ProtectedSpans.builtIn());
    }

    /** The built-in word list. */
    public static Glossary builtInList() {
        try (InputStream in = PlainWords.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return GlossaryFormat.read(BUILT_IN, new InputStreamReader(in, StandardCharsets.UTF_8))
                    .glossary();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Glossary words() {
        return words;
    }

    /** The text with every listed word replaced by its plain wording. */
    public String replace(String text) {
        List<ProtectedSpans.Span> spans = protectedSpans.find(text);
        List<TermMatch> matches = matcher.find(text, spans);
        if (matches.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        for (TermMatch m : matches) {
            String plain = m.entry().plain(m.form().plural());
            if (plain == null || betweenSpans(text, spans, m) || keptAfterTheWordBefore(text, m)) {
                continue;
            }
            if (Character.isUpperCase(m.surface().charAt(0))) {
                plain = Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
            }
            out.append(text, pos, m.start());
            String corrected = IndefiniteArticle.correctedBefore(out.toString(), plain);
            if (!corrected.contentEquals(out)) {
                out.setLength(0);
                out.append(corrected);
            }
            out.append(plain);
            pos = m.end();
        }
        out.append(text, pos, text.length());
        return out.toString();
    }

    /** The entry's {@code kept-after} names the word right before it ("control participants" stay). */
    private static boolean keptAfterTheWordBefore(String text, TermMatch m) {
        if (m.entry().context().keptAfter().isEmpty()) {
            return false;
        }
        int end = m.start();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end
                && m.entry()
                        .context()
                        .keptAfter()
                        .contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** True between two protected spans ("10 points in order to 12"): a short word there could join them. */
    private static boolean betweenSpans(String text, List<ProtectedSpans.Span> spans, TermMatch m) {
        int before = m.start();
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        int after = m.end();
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        boolean spanEndsBefore = false;
        boolean spanStartsAfter = false;
        for (ProtectedSpans.Span span : spans) {
            spanEndsBefore |= span.end() == before;
            spanStartsAfter |= span.start() == after;
        }
        return spanEndsBefore && spanStartsAfter;
    }
}

package org.attune.personalization.readability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.personalization.rewrite.ProtectedSpans;
import org.attune.personalization.rewrite.TermMatch;
import org.attune.personalization.rewrite.TermMatcher;

/**
 * Finds jargon no glossary covers: words of {@value #MIN_SYLLABLES} or more syllables, or of
 * {@value #MIN_LETTERS} or more letters, that are not inside a glossary term, not inside a protected span (names,
 * numbers), and not on the list of everyday long words ({@code common-words.txt} next to this class). Immutable
 * and thread-safe.
 */
public final class JargonReport {

    public static final int MIN_SYLLABLES = 4;
    public static final int MIN_LETTERS = 13;
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['\u2019\\-]\\p{L}+)*");

    private final TermMatcher matcher;
    private final ProtectedSpans protectedSpans;
    private final Set<String> common;

    public JargonReport(TermMatcher matcher, ProtectedSpans protectedSpans) {
        this.matcher = matcher;
        this.protectedSpans = protectedSpans;
        this.common = loadCommonWords();
    }

    private static Set<String> loadCommonWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = JargonReport.class.getResourceAsStream("common-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource common-words.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Uncovered long or technical words, most frequent first, then alphabetical. */
    public List<JargonWord> of(String text) {
        String prose = ReadabilityAnalyzer.withoutCitations(text);
        List<ProtectedSpans.Span> spans = protectedSpans.find(prose);
        List<TermMatch> terms = matcher.find(prose, spans);
        boolean[] covered = new boolean[prose.length()];
        spans.forEach(s -> java.util.Arrays.fill(covered, s.start(), s.end(), true));
        terms.forEach(t -> java.util.Arrays.fill(covered, t.start(), t.end(), true));
        Map<String, int[]> found = new LinkedHashMap<>();
        Matcher m = WORD.matcher(prose);
        while (m.find()) {
            if (covered[m.start()]) {
                continue;
            }
            String word = m.group().toLowerCase(Locale.ROOT);
            int syllables = ReadabilityAnalyzer.syllablesOf(word);
            boolean long_ = syllables >= MIN_SYLLABLES || word.replace("-", "").length() >= MIN_LETTERS;
            if (!long_ || isCommon(word)) {
                continue;
            }
            found.computeIfAbsent(word, w -> new int[] {syllables, 0})[1]++;
        }
        List<JargonWord> report = new ArrayList<>();
        found.forEach((w, c) -> report.add(new JargonWord(w, c[0], c[1])));
        report.sort(Comparator.comparingInt(JargonWord::count).reversed().thenComparing(JargonWord::word));
        return report;
    }

    private boolean isCommon(String word) {
        if (common.contains(word)) {
            return true;
        }
        for (String suffix : new String[] {"s", "es", "ly", "ies"}) {
            if (word.endsWith(suffix) && common.contains(word.substring(0, word.length() - suffix.length()))) {
                return true;
            }
        }
        if (word.contains("-")) {
            for (String part : word.split("-")) {
                if (!isCommon(part)
                        && (ReadabilityAnalyzer.syllablesOf(part) >= MIN_SYLLABLES || part.length() >= MIN_LETTERS)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}

package org.attune.personalization.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.content.citation.CitedText;
import org.attune.content.citation.Prose;
import org.attune.personalization.rewrite.RewrittenArticle;

/**
 * Counts words, sentences and syllables. A sentence ends at ".", "!" or "?" followed by a space or the end (but
 * not after common abbreviations such as "e.g." or "Dr."), and at every line break after text, so a list item
 * or a lead-in line without a full stop counts as one sentence. Citation markers are not words.
 */
public final class ReadabilityAnalyzer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:['\u2019\\-][\\p{L}\\d]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("([.!?]+)[\"'\u201d)\\]]*(?=\\s|$)");
    private static final Set<String> ABBREVIATIONS =
            Set.of("e.g", "i.e", "dr", "vs", "etc", "mr", "mrs", "ms", "approx", "fig", "no", "st");

    private ReadabilityAnalyzer() {}

    public static Readability analyze(String text) {
        String clean = withoutCitations(text);
        int words = 0;
        int syllables = 0;
        int poly = 0;
        for (String word : words(clean)) {
            int s = syllablesOf(word);
            words++;
            syllables += s;
            if (s >= 3) {
                poly++;
            }
        }
        return new Readability(words, sentences(clean), syllables, poly);
    }

    /** Readability of what a reader of this audience reads: every block of the article (not title or headings). */
    public static Readability analyze(RewrittenArticle article) {
        return analyze(article.bodyText());
    }

    /** The prose of a text, citation markers removed, line breaks kept. */
    static String withoutCitations(String text) {
        StringBuilder out = new StringBuilder();
        CitedText.parse(text).segments().stream()
                .filter(Prose.class::isInstance)
                .forEach(s -> out.append(s.text()));
        return out.toString().replaceAll("[ \t]+([.,;:])", "$1");
    }

    /**
     * Syllables of a word as the scanner finds it: the parts of a hyphenated word counted apart ("long-term" 2), an
     * apostrophe's ending counted with its word ("body's" 2, "don't" 1, "you'll" 1), but "n't" after a consonant is a
     * syllable of its own ("didn't", "isn't" 2) and so is "'s" after a hissing sound ("nurse's" 2, "Max's" 2).
     */
    static int syllablesOf(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        int total = 0;
        for (String part : word.split("-")) {
            total += part.isEmpty() ? 0 : syllablesOfUnhyphenated(part);
        }
        return Math.max(1, total);
    }

    private static int syllablesOfUnhyphenated(String part) {
        String[] pieces = part.split("['\u2019]", 2);
        if (pieces.length == 1) {
            return Syllables.count(part);
        }
        String stem = pieces[0];
        String ending = pieces[1].toLowerCase(Locale.ROOT);
        if (stem.isEmpty()) {
            return Syllables.count(ending);
        }
        String lowerStem = stem.toLowerCase(Locale.ROOT);
        if (ending.equals("t") && lowerStem.matches(".*[^aeiouy]n")) {
            return Syllables.count(stem.substring(0, stem.length() - 1)) + 1;
        }
        if (ending.equals("s") && lowerStem.matches(".*(?:[sxz]|ch|sh|[cgs]e)")) {
            return Syllables.count(stem) + 1;
        }
        return Syllables.count(stem + pieces[1]);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    static int sentences(String text) {
        int count = 0;
        for (String line : text.split("\\R")) {
            if (!WORD.matcher(line).find()) {
                continue;
            }
            Matcher m = SENTENCE_END.matcher(line);
            int lastEnd = 0;
            int inLine = 0;
            while (m.find()) {
                String before = line.substring(lastEnd, m.start());
                String lastWord =
                        before.replaceAll("(?s).*?([\\p{L}.]+)$", "$1").toLowerCase(Locale.ROOT);
                if (m.group(1).equals(".") && ABBREVIATIONS.contains(lastWord)) {
                    continue;
                }
                if (WORD.matcher(before).find()) {
                    inLine++;
                }
                lastEnd = m.end();
            }
            if (WORD.matcher(line.substring(lastEnd)).find()) {
                inLine++;
            }
            count += inLine;
        }
        return count;
    }
}

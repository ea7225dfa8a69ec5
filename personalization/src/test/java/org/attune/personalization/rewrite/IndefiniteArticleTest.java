package org.attune.personalization.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** "a"/"an" corrected at the end of a text exactly as the regular expression the engine first used did. */
class IndefiniteArticleTest {

    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?:^|(?<=[^\\p{L}\\d]))([Aa]n?)(\\s+)$");

    /** The former correction: the expression, then the match replaced. */
    private static String byExpression(String text, String phrase) {
        Matcher a = ARTICLE_BEFORE.matcher(text);
        if (!a.find()) {
            return text;
        }
        String wanted = IndefiniteArticle.before(phrase);
        String written = a.group(1);
        if (written.equalsIgnoreCase(wanted)) {
            return text;
        }
        String fixed = Character.isUpperCase(written.charAt(0))
                ? Character.toUpperCase(wanted.charAt(0)) + wanted.substring(1)
                : wanted;
        return text.substring(0, a.start(1)) + fixed + a.group(2);
    }

    /** Texts that end, or nearly end, like "… an \u2028": some before, an article or not, white space, an end. */
    @Provide
    Arbitrary<String> endings() {
        Arbitrary<String> before = Arbitraries.strings()
                .withChars("aAnNe1_ .-\u00e9\ud835\udc00".toCharArray())
                .ofMaxLength(3);
        Arbitrary<String> article = Arbitraries.of("a", "A", "an", "An", "n", "");
        Arbitrary<String> spaces = Arbitraries.strings()
                .withChars(" \t\n\r\u000b\u00a0".toCharArray())
                .ofMaxLength(3);
        Arbitrary<String> end = Arbitraries.of("", "", "\u0085", "\u2028", "\u2029", "\n", "\r\n", "x", "\u2028\u2028");
        return Combinators.combine(before, article, spaces, end).as((b, a, s, e) -> b + a + s + e);
    }

    @Provide
    Arbitrary<String> phrases() {
        return Arbitraries.of("hour", "pain reliever", "X-ray", "MRI", "one-off", "umbrella", "8-week course", "");
    }

    @Property(tries = 3000)
    void correctsAsTheExpressionDid(@ForAll("endings") String text, @ForAll("phrases") String phrase) {
        assertThat(IndefiniteArticle.correctedBefore(text, phrase))
                .as("'%s' before '%s'", text, phrase)
                .isEqualTo(byExpression(text, phrase));
    }

    @Example
    void correctsTheArticleBeforeTheNewWords() {
        assertThat(IndefiniteArticle.correctedBefore("It has an ", "pain-relieving effect"))
                .isEqualTo("It has a ");
        assertThat(IndefiniteArticle.correctedBefore("A ", "hour")).isEqualTo("An ");
        assertThat(IndefiniteArticle.correctedBefore("Kansan ", "hour")).isEqualTo("Kansan ");
    }
}

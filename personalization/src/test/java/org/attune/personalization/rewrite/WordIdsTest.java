package org.attune.personalization.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Looking a word up where it stands finds what normalising it as a string and looking that up finds. */
class WordIdsTest {

    /** ASCII and Latin-1 letters of both cases, apostrophes, and letters whose lower case is special. */
    private static final String LETTERS = "aAbBsS'\u2019\u00e9\u00c9\u00df\u00ff\u00b5\u0130i\u0131I\u03a3\u03c3"
            + "\u03c2\u017f\u212a\u1e9e\ud835\udc00";

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings()
                .withChars(LETTERS.toCharArray())
                .ofMinLength(1)
                .ofMaxLength(4);
    }

    @Property(tries = 2000)
    void findsAWordWhereItStandsAsItsNormalForm(
            @ForAll("words") String word, @ForAll("words") String other, @ForAll("words") String known) {
        WordIds ids = new WordIds();
        int knownId = ids.add(WordIds.normal(known));
        int otherId = ids.add(WordIds.normal(other));
        String text = "<" + word + ">";
        String normal = WordIds.normal(word);
        int expected =
                normal.equals(WordIds.normal(known)) ? knownId : normal.equals(WordIds.normal(other)) ? otherId : -1;
        assertThat(ids.find(text, 1, 1 + word.length()))
                .as("'%s' among %s", word, List.of(known, other))
                .isEqualTo(expected);
    }

    @Property(tries = 50)
    void numbersWordsInOrderAndKeepsThemAsTheTableGrows(@ForAll("words") String seed) {
        WordIds ids = new WordIds();
        for (int k = 0; k < 300; k++) {
            assertThat(ids.add(WordIds.normal(seed + k))).isEqualTo(k);
        }
        assertThat(ids.find("x" + seed + "17", 1, 3 + seed.length())).isEqualTo(17);
    }
}

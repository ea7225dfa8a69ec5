package org.attune.personalization.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.attune.personalization.glossary.Glossary;
import org.attune.personalization.glossary.GlossaryEntry;
import org.attune.personalization.glossary.TestEntries;
import org.attune.personalization.text.WordScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The glossary as synonym groups, and where the passage analyzer finds them, on a small glossary built here. */
class SynonymGroupsTest {

    static final Glossary GLOSSARY = Glossary.of(
            "test",
            List.of(
                    GlossaryEntry.of("abdomen", "belly", "test"),
                    GlossaryEntry.of("chronic", "long-lasting", "test"),
                    TestEntries.tens(null, "test")));
    static final int ABDOMEN = 0;
    static final int CHRONIC = 1;
    static final int TENS = 2;

    final SynonymGroups synonyms = new SynonymGroups(GLOSSARY);

    /** The synonym groups the passage analyzer marks in a text, as "mention=group". */
    List<String> mentioned(String text) {
        Set<String> vocabulary =
                WordScanner.words(text).stream().map(synonyms::asSeenBySynonyms).collect(Collectors.toSet());
        SearchAnalyzer analyzer = SearchAnalyzer.forPassages(synonyms.map(vocabulary), synonyms.keptAsWritten());
        return analyzer.tokens(text).stream()
                .filter(SearchAnalyzer.Token::isSynonymGroup)
                .map(t -> text.substring(t.start(), t.end()) + "=" + t.term().substring(1))
                .toList();
    }

    @Test
    void termsPlainWordingsAndExpansionsAreMentions() {
        assertThat(mentioned("TENS helps; so does electrical nerve stimulation by any name."))
                .containsExactly("TENS=" + TENS, "electrical nerve stimulation=" + TENS);
        assertThat(mentioned("Her abdomen hurt, then her belly."))
                .containsExactly("abdomen=" + ABDOMEN, "belly=" + ABDOMEN);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            tens of patients                               | an acronym matches only as written
            Tens of patients                               | not even at the start of a sentence
            It was electrical. Nerve stimulation followed. | a phrase does not run across a sentence end
            """)
    void isNoMention(String text, String why) {
        assertThat(mentioned(text)).as(why).isEmpty();
    }

    @Test
    void aPhraseRunsAcrossAHyphenAndALineBreak() {
        assertThat(mentioned("long-lasting pain")).containsExactly("long-lasting=" + CHRONIC);
        assertThat(mentioned("electrical nerve\nstimulation")).containsExactly("electrical nerve\nstimulation=" + TENS);
    }

    @Test
    void anAdjectiveOfAOneWordTermMentionsItsGroup() {
        assertThat(mentioned("abdominal pain")).containsExactly("abdominal=" + ABDOMEN);
        assertThat(synonyms.adjectiveOf("abdominal")).containsExactly(ABDOMEN);
    }

    @Test
    void aLongerWordSharingOnlyABeginningIsNotAnAdjective() {
        assertThat(synonyms.adjectiveOf("chronological")).isEmpty();
        assertThat(synonyms.adjectiveOf("abdomens"))
                .as("not an adjective ending")
                .isEmpty();
    }

    @Test
    void aQueryWordStandsForEveryGroupWithAMemberContainingIt() {
        assertThat(synonyms.groupsOf("belly")).containsExactly(ABDOMEN);
        assertThat(synonyms.groupsOf("nerve")).containsExactly(TENS);
        assertThat(synonyms.groupsOf("transcutaneous")).containsExactly(TENS);
        assertThat(synonyms.groupsOf("abdominal")).containsExactly(ABDOMEN);
        assertThat(synonyms.groupsOf("lasting")).containsExactly(CHRONIC);
        assertThat(synonyms.memberWords(TENS)).contains("ten", "electrical", "nerve", "stimulation");
    }

    @Test
    void theGroupsTokensAreWhatAQueryWordLooksFor() {
        assertThat(synonyms.tokensOf("belly")).containsExactly(SynonymGroups.token(ABDOMEN));
        assertThat(synonyms.tokensOf("appendicitis")).isEmpty();
    }
}

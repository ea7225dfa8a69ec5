package org.attune.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.attune.personalization.glossary.Glossary;
import org.attune.personalization.glossary.GlossaryEntry;
import org.attune.personalization.rewrite.ProtectedSpans;
import org.attune.personalization.rewrite.TermMatcher;
import org.junit.jupiter.api.Test;

/** The glossary as synonym groups, on a small glossary built here. */
class SynonymsTest {

    static final Glossary GLOSSARY = Glossary.of("test", List.of(
            GlossaryEntry.of("abdomen", "belly", "test"),
            GlossaryEntry.of("chronic", "long-lasting", "test"),
            new GlossaryEntry("TENS", null, List.of(), null, "electrical nerve stimulation", null, null,
                    "transcutaneous electrical nerve stimulation", "test")));
    static final int ABDOMEN = 0;
    static final int CHRONIC = 1;
    static final int TENS = 2;

    final Synonyms synonyms = new Synonyms(GLOSSARY, TermMatcher.of(GLOSSARY), ProtectedSpans.builtIn());

    List<Synonyms.Mention> mentions(String text) {
        return synonyms.find(text, Words.tokens(text));
    }

    List<String> mentioned(String text) {
        return mentions(text).stream().map(m -> text.substring(m.start(), m.end()) + "=" + m.group()).toList();
    }

    @Test
    void termsPlainWordingsAndExpansionsAreMentions() {
        assertThat(mentioned("TENS helps; so does electrical nerve stimulation by any name."))
                .containsExactly("TENS=" + TENS, "electrical nerve stimulation=" + TENS);
        assertThat(mentioned("Her abdomen hurt, then her belly.")).containsExactly("abdomen=" + ABDOMEN,
                "belly=" + ABDOMEN);
    }

    @Test
    void anAcronymMatchesOnlyAsWritten() {
        assertThat(mentions("tens of patients")).isEmpty();
    }

    @Test
    void aPhraseDoesNotRunAcrossASentenceEnd() {
        assertThat(mentions("It was electrical. Nerve stimulation followed.")).isEmpty();
    }

    @Test
    void anAdjectiveOfAOneWordTermMentionsItsGroup() {
        assertThat(mentioned("abdominal pain")).containsExactly("abdominal=" + ABDOMEN);
        assertThat(synonyms.adjectiveOf("abdominal")).containsExactly(ABDOMEN);
    }

    @Test
    void aLongerWordSharingOnlyABeginningIsNotAnAdjective() {
        assertThat(synonyms.adjectiveOf("chronological")).isEmpty();
        assertThat(synonyms.adjectiveOf("abdomens")).as("not an adjective ending").isEmpty();
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
}

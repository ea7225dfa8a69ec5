package org.attune.personalization.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.attune.personalization.glossary.Glossary;
import org.attune.personalization.glossary.GlossaryEntry;
import org.attune.personalization.rewrite.ProtectedSpans;
import org.attune.personalization.rewrite.TermMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadabilityTest {

    @Test
    void fleschKincaidAndSmogFollowTheirFormulas() {
        // 100 words, 5 sentences, 150 syllables, 9 polysyllables, by hand:
        // FK = 0.39 * 20 + 11.8 * 1.5 - 15.59 = 7.8 + 17.7 - 15.59 = 9.91
        // SMOG = 1.0430 * sqrt(9 * 30 / 5) + 3.1291 = 1.0430 * sqrt(54) + 3.1291 = 7.66445 + 3.1291 = 10.79355
        Readability r = new Readability(100, 5, 150, 9);
        assertThat(r.fleschKincaidGrade()).isCloseTo(9.91, within(1e-9));
        assertThat(r.smog()).isCloseTo(10.79355, within(1e-5));
        // Flesch ease = 206.835 - 1.015 * 20 - 84.6 * 1.5 = 206.835 - 20.3 - 126.9 = 59.635
        assertThat(r.fleschReadingEase()).isCloseTo(59.635, within(1e-9));
    }

    @Test
    void shortPlainSentenceScoresBelowFirstGrade() {
        // 6 words, 1 sentence, 6 syllables: FK = 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45; SMOG = 3.1291 (none polysyllabic)
        Readability r = ReadabilityAnalyzer.analyze("The cat sat on the mat.");
        assertThat(r).isEqualTo(new Readability(6, 1, 6, 0));
        assertThat(r.fleschKincaidGrade()).isCloseTo(-1.45, within(1e-9));
        assertThat(r.smog()).isCloseTo(3.1291, within(1e-9));
    }

    @Test
    void countsAHandCountedClinicalText() {
        // Physical(3) therapy(3) reduces(3) pain(1). Exercise(3) improves(2) function(2). [1, 2]
        // 7 words, 2 sentences, 17 syllables, 4 polysyllables; the citation is not a word
        Readability r =
                ReadabilityAnalyzer.analyze("Physical therapy reduces pain. Exercise improves function. [1, 2]");
        assertThat(r).isEqualTo(new Readability(7, 2, 17, 4));
        // FK = 0.39 * 3.5 + 11.8 * 17 / 7 - 15.59 = 1.365 + 28.657 - 15.59 = 14.432
        assertThat(r.fleschKincaidGrade()).isCloseTo(14.432, within(1e-3));
    }

    @ParameterizedTest
    @CsvSource({
        "pain,1",
        "therapy,3",
        "physical,3",
        "exercise,3",
        "improves,2",
        "reduces,3",
        "supervised,3",
        "deconditioning,5",
        "table,2",
        "the,1",
        "modalities,4",
        "analgesic,4",
        "rest,1",
        "stretching,2",
        // dictionary counts where spelling misleads: a silent "e" before a suffix
        "likely,2",
        "safely,2",
        "completely,3",
        "moderately,4",
        "approximately,5",
        "fortunately,4",
        "movement,2",
        "statement,2",
        "management,3",
        "requirement,3",
        "useful,2",
        "careful,2",
        "homeless,2",
        "awareness,3",
        "agreement,3",
        "settlement,3",
        "increment,3",
        "supplement,3",
        "element,3",
        "safety,2",
        "ninety,2",
        "guideline,2",
        "guidelines,2",
        "baseline,2",
        "lifestyle,2",
        "sometimes,2",
        "therefore,2",
        "caregiver,3",
        "homework,2",
        "someone,2",
        "caseload,2",
        "moreover,3",
        "general,3",
        "develop,3",
        "average,3",
        // vowels said apart
        "serious,3",
        "various,3",
        "previous,3",
        "trial,2",
        "trials,2",
        "media,3",
        "bacteria,4",
        "period,3",
        "medium,3",
        "calcium,3",
        "usual,3",
        "usually,4",
        "actual,3",
        "situation,4",
        "area,3",
        "idea,3",
        "diarrhea,4",
        "diet,2",
        "science,2",
        "scientific,4",
        "conscience,2",
        "flea,1",
        "doing,2",
        "being,2",
        "trying,2",
        "saying,2",
        "seeing,2",
        "client,2",
        "anxiety,4",
        "experience,4",
        "diagnosis,4",
        "radiation,4",
        // and said together
        "action,2",
        "social,2",
        "special,2",
        "physician,3",
        "patient,2",
        "patients,2",
        "efficient,3",
        "million,2",
        "opinion,3",
        "religious,3",
        "infectious,3",
        "quality,3",
        "language,2",
        "field,1",
        "friend,1",
        "believe,2",
        "people,2",
        "health,1",
        "great,1"
    })
    void syllableCounts(String word, int expected) {
        assertThat(Syllables.count(word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "long-term,2",
        "cost-effective,4",
        "body's,2",
        "person's,2",
        "patients',2",
        "nurse's,2",
        "don't,1",
        "can't,1",
        "didn't,2",
        "isn't,2",
        "you'll,1",
        "they're,1",
        "doctor’s,2"
    })
    void wordsWithHyphensAndApostrophesCountAsSpoken(String word, int expected) {
        assertThat(ReadabilityAnalyzer.syllablesOf(word)).isEqualTo(expected);
    }

    @Test
    void sentencesEndAtStopsAndLinesButNotAtAbbreviations() {
        assertThat(ReadabilityAnalyzer.sentences("One. Two! Three?")).isEqualTo(3);
        assertThat(ReadabilityAnalyzer.sentences("See Dr. Smith, e.g. today.")).isEqualTo(1);
        assertThat(ReadabilityAnalyzer.sentences("Avoid common pitfalls:\nDo not rest."))
                .isEqualTo(2);
        assertThat(ReadabilityAnalyzer.sentences("It is 2.5 mg.")).isEqualTo(1);
    }

    @Test
    void jargonReportListsLongWordsNoGlossaryCovers() {
        Glossary g = Glossary.of("g", List.of(GlossaryEntry.of("myofascial release", "gentle pressure", "t")));
        JargonReport report = new JargonReport(TermMatcher.of(g), ProtectedSpans.builtIn());
        List<JargonWord> words = report.of("Myofascial release and proprioceptive training help; proprioceptive "
                + "drills, usually at the American College of Physicians, are interesting. [1]");
        assertThat(words)
                .extracting(JargonWord::word, JargonWord::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("proprioceptive", 2));
    }
}

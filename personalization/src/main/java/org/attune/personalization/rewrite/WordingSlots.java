package org.attune.personalization.rewrite;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.attune.personalization.grammar.PartsOfSpeech;
import org.attune.personalization.grammar.TaggedSentence;

/**
 * Whether a patient's plain wording fits the slot of the term it would replace, by the parts of speech around the
 * term in its sentence ({@link PartsOfSpeech}). A wording that does not fit is not used: the term stays, with the
 * wording beside it (the editor's rule: when unsure, keep the term and explain it). What does not fit:
 *
 * <ul>
 *   <li>a wording with a clause after its noun ("something bad that happens", "studies that compare treatments in
 *       groups chosen by chance") where the term has a word describing it before it ("any, severe or neurologic
 *       adverse events", "clinical adverse events");
 *   <li>a wording with a clause or an "of" after its noun where an "of" follows the term ("randomized trials of the
 *       vaccine", "incidence of preterm birth" would read "number of sick people of preterm birth");
 *   <li>a wording headed by "something" or "someone" after any word that would have to describe it ("any adverse
 *       event", "two adverse events");
 *   <li>a wording of several words for a noun with another noun before it ("medication prophylaxis" would read
 *       "medicine prevention drugs");
 *   <li>a wording with a preposition or a verb in it for a word that describes the noun after it ("randomized
 *       clusters" would read "assigned by chance clusters"; "into-the-vein treatment" is one hyphenated word);
 *   <li>a wording of several words for an adverb before a verb or an adjective ("immediately vaccinated" would read
 *       "right away vaccinated").
 * </ul>
 */
final class WordingSlots {

    /** Words that, inside a wording, start a clause after its noun. */
    private static final Set<String> CLAUSE = Set.of("that", "who", "which", "where", "whose", "when");

    /** Words that head a wording and take no word before them describing them. */
    private static final Set<String> BARE_HEADS = Set.of("something", "someone", "anything", "anyone");

    /** Words that open a wording with its own determiner: no describing word can stand before them. */
    private static final Set<String> DETERMINERS = Set.of("other", "another", "some", "the", "a", "an", "any");

    /** Words before a noun that leave a bare-headed wording grammatical ("a" is fitted by {@link DoubledWords}). */
    private static final Set<String> BEFORE_A_BARE_HEAD = Set.of("a", "an");

    private WordingSlots() {}

    /** A term's sentence, tagged, and the first and last of its words there. */
    private record Slot(TaggedSentence sentence, int first, int last) {

        static Slot of(String text, TermMatch m) {
            int from = TermSenses.sentenceStart(text, m.start());
            int to = TermSenses.sentenceEnd(text, m.end());
            TaggedSentence sentence = PartsOfSpeech.tag(text.substring(from, to));
            return new Slot(sentence, sentence.wordAt(m.start() - from), sentence.wordEndingBy(m.end() - from));
        }
    }

    /**
     * What a wording is by its own parts of speech, read once per wording (there are as many as the glossaries have
     * wordings), each in the frame that tags it right.
     *
     * @param gerund            it opens with a verb's "-ing" form: "sticking with the plan", "getting a vaccine"
     * @param verbOrPreposition "assigned by chance" has one, "short term" none (tagged as "the … group")
     * @param wordsAfterItsNoun "limits on daily life", "such as ibuprofen": words after its first noun end its phrase
     * @param startsPlural      its first word is a plural noun ("limits on daily life")
     */
    private record Shape(boolean gerund, boolean verbOrPreposition, boolean wordsAfterItsNoun, boolean startsPlural) {

        private static final Map<String, Shape> KNOWN = new ConcurrentHashMap<>();

        static Shape of(String wording) {
            return KNOWN.computeIfAbsent(wording, Shape::read);
        }

        private static Shape read(String wording) {
            List<String> words = List.of(wording.toLowerCase(Locale.ROOT).split(" +"));
            boolean gerund = words.get(0).endsWith("ing")
                    && PartsOfSpeech.tag("the " + wording + " was").tag(1).equals("VBG");
            return new Shape(
                    gerund,
                    anyTag(PartsOfSpeech.tag("the " + wording + " group"), 1, 1, "VB", "IN", "TO"),
                    anyTag(PartsOfSpeech.tag(String.join(" ", words)), 1, 0, "IN", "TO", "W", "VB"),
                    PartsOfSpeech.tag(wording).tag(0).equals("NNS"));
        }

        /** Whether a tag from {@code from} to {@code butLast} before the end starts with one of {@code prefixes}. */
        private static boolean anyTag(TaggedSentence tagged, int from, int butLast, String... prefixes) {
            for (int i = from; i < tagged.size() - butLast; i++) {
                for (String prefix : prefixes) {
                    if (tagged.tag(i).startsWith(prefix)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    static boolean fits(String text, TermMatch m, String wording) {
        List<String> words = List.of(wording.toLowerCase(Locale.ROOT).split(" +"));
        Shape shape = Shape.of(wording);
        boolean gerund = shape.gerund();
        boolean capitalInside =
                Character.isUpperCase(m.surface().charAt(0)) && !ArticleRewriter.isSentenceStart(text, m.start());
        if (wording.indexOf(' ') < 0 && !gerund && !capitalInside) {
            return true; // one word, or one hyphenated word: fits where the term's word class does
        }
        Slot slot = Slot.of(text, m);
        TaggedSentence sentence = slot.sentence();
        int first = slot.first();
        int last = slot.last();
        if (capitalInside && insideAName(sentence, first, last)) {
            return false; // "the National Immunization Program": a name keeps its words
        }
        if (gerund && (describes(sentence.tag(first - 1)) || modifiesTheNounAfter(sentence, last))) {
            return false; // "low adherence" cannot read "low sticking with the plan", nor "follow-up testing" "tracking
            // testing"
        }
        if (wording.indexOf(' ') < 0) {
            return true;
        }
        boolean bareHead = BARE_HEADS.contains(words.get(0));
        boolean clause = bareHead
                || gerund
                || DETERMINERS.contains(words.get(0))
                || words.subList(1, words.size()).stream().anyMatch(CLAUSE::contains);
        boolean of = words.subList(1, words.size()).contains("of");
        boolean oneWord = first == last;
        String term = sentence.tag(last);
        String before = sentence.tag(first - 1);
        String wordBefore = sentence.word(first - 1);
        String after = sentence.tag(last + 1);
        if (isNoun(term)) {
            if (bareHead
                    && (describes(before) || before.equals("CD") || before.equals("DT") || before.equals("PRP$"))
                    && !BEFORE_A_BARE_HEAD.contains(wordBefore.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (clause && (describes(before) || listOfDescriptions(sentence, first))) {
                return false;
            }
            if ((clause || of) && sentence.word(last + 1).equalsIgnoreCase("of")) {
                return false;
            }
            if (!m.form().plural() && modifiesTheNounAfter(sentence, last) && shape.wordsAfterItsNoun()) {
                return false; // "NSAID use" cannot read "painkiller such as ibuprofen use"
            }
            if (BEFORE_A_BARE_HEAD.contains(wordBefore.toLowerCase(Locale.ROOT))
                    && !m.form().plural()
                    && shape.startsPlural()) {
                return false; // "a disability" cannot read "a limits on daily life"
            }
            return !(nounBefore(before, wordBefore) && startsANounPhrase(sentence.tag(first - 2)));
        }
        if (oneWord && (term.startsWith("JJ") || term.equals("VBN")) && (isNoun(after) || after.startsWith("JJ"))) {
            return !clause && !shape.verbOrPreposition();
        }
        if (oneWord && term.startsWith("RB") && (after.startsWith("VB") || after.startsWith("JJ"))) {
            return false;
        }
        return true;
    }

    /**
     * Whether the wording of an entry with {@code article: the} needs "the" before it here: the term, in the
     * singular, stands without a determiner (at the start of its sentence, after a preposition or a verb).
     */
    static boolean needsThe(String text, TermMatch m) {
        String before = undeterminedBefore(text, m);
        return before != null
                && (before.isEmpty()
                        || before.equals("IN")
                        || before.equals("TO")
                        || before.startsWith("VB")
                        || before.equals("CC")
                        || before.equals(",")
                        || before.equals("-LRB-"));
    }

    /**
     * Whether a wording of an entry with {@code article: the} has no place here: a describing word stands before the
     * term without a determiner ("higher incidence" cannot read "higher rate").
     */
    static boolean describedWithoutArticle(String text, TermMatch m) {
        String before = undeterminedBefore(text, m);
        return before != null && (before.startsWith("JJ") || before.equals("VBN"));
    }

    /**
     * For a singular term whose entry asks for {@code article: the}, the tag of the word right before it (empty at
     * its sentence's start); null when the entry does not ask, or a determiner stands before that word ("the
     * reported incidence").
     */
    private static String undeterminedBefore(String text, TermMatch m) {
        if (m.form().plural() || !"the".equals(m.entry().context().article())) {
            return null;
        }
        Slot slot = Slot.of(text, m);
        String beforeThat = slot.sentence().tag(slot.first() - 2);
        if (beforeThat.equals("DT") || beforeThat.equals("PRP$") || beforeThat.equals("POS")) {
            return null;
        }
        return slot.sentence().tag(slot.first() - 1);
    }

    /**
     * The term is written with a capital inside a run of capitalised words, not at its sentence's start: a name
     * ("National Immunization Program", "U.S. Preventive Services Task Force").
     */
    private static boolean insideAName(TaggedSentence sentence, int first, int last) {
        String term = sentence.word(first);
        if (first == 0 || !capitalised(term) || titleCase(sentence)) {
            return false; // an acronym ("TENS") is no part of a name by its capitals; a heading capitalises all
        }
        return (first - 1 > 0 && capitalised(sentence.word(first - 1))) || capitalised(sentence.word(last + 1));
    }

    /** "Primary Therapeutic Goals": most words capitalised, as a heading writes them. */
    private static boolean titleCase(TaggedSentence sentence) {
        int words = 0;
        int capitals = 0;
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.word(i);
            if (word.length() > 3 && Character.isLetter(word.charAt(0))) {
                words++;
                capitals += capitalised(word) ? 1 : 0;
            }
        }
        return capitals * 2 > words;
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty()
                && Character.isUpperCase(word.charAt(0))
                && word.chars().anyMatch(Character::isLowerCase);
    }

    /** The term's last word stands before a common noun of its own phrase: "NSAID use", "disability status". */
    private static boolean modifiesTheNounAfter(TaggedSentence sentence, int last) {
        String after = sentence.tag(last + 1);
        String word = sentence.word(last + 1);
        String then = sentence.tag(last + 2);
        // "superficial heat help adults": a noun or a determiner after it makes the word after the term a verb
        boolean objectFollows = then.startsWith("NN")
                || then.equals("DT")
                || then.startsWith("PRP")
                || then.startsWith("JJ")
                || then.equals("CD");
        return (after.equals("NN") || after.equals("NNS"))
                && !objectFollows
                && !word.isEmpty()
                && Character.isLowerCase(word.charAt(0));
    }

    /** A common noun, written in lower-case letters ("medication", not "95%" or "Topical"). */
    private static boolean nounBefore(String tag, String word) {
        return (tag.equals("NN") || tag.equals("NNS"))
                && !word.isEmpty()
                && word.chars().allMatch(c -> Character.isLowerCase(c));
    }

    /** A determiner, an adjective or a preposition: the noun after it stands inside a noun phrase. */
    private static boolean startsANounPhrase(String tag) {
        return tag.equals("DT") || tag.startsWith("JJ") || tag.equals("IN") || tag.equals("PRP$");
    }

    private static boolean isNoun(String tag) {
        return tag.startsWith("NN");
    }

    /** An adjective, a participle or a noun describing the word after it. */
    private static boolean describes(String tag) {
        return tag.startsWith("JJ") || tag.equals("VBN") || tag.equals("VBG") || isNoun(tag);
    }

    /** "any, severe, or neurologic adverse events": a comma or "or"/"and" before a describing word before. */
    private static boolean listOfDescriptions(TaggedSentence sentence, int first) {
        String before = sentence.tag(first - 1);
        return (before.equals("CC") || before.equals(","))
                && sentence.tag(first - 2).startsWith("JJ");
    }
}

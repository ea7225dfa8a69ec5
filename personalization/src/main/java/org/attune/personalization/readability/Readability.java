package org.attune.personalization.readability;

/**
 * The counts of a text and the grade-level formulas computed from them.
 *
 * @param words         number of words
 * @param sentences     number of sentences
 * @param syllables     number of syllables
 * @param polysyllables number of words of three or more syllables
 */
public record Readability(int words, int sentences, int syllables, int polysyllables) {

    public Readability {
        if (words < 0 || sentences < 0 || syllables < 0 || polysyllables < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** Flesch–Kincaid grade: 0.39 × words/sentences + 11.8 × syllables/words − 15.59. */
    public double fleschKincaidGrade() {
        if (words == 0 || sentences == 0) {
            return 0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /** SMOG grade: 1.0430 × √(polysyllables × 30 / sentences) + 3.1291. */
    public double smog() {
        if (sentences == 0) {
            return 0;
        }
        return 1.0430 * Math.sqrt(polysyllables * 30.0 / sentences) + 3.1291;
    }

    /** Flesch reading ease: 206.835 − 1.015 × words/sentences − 84.6 × syllables/words (higher is easier). */
    public double fleschReadingEase() {
        if (words == 0 || sentences == 0) {
            return 0;
        }
        return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "FK grade %.1f, SMOG %.1f (%d words, %d sentences)",
                fleschKincaidGrade(),
                smog(),
                words,
                sentences);
    }
}

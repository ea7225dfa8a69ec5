package org.attune.personalization.grammar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * Tags the words of one English sentence with their Penn Treebank parts of speech ({@code NN} noun, {@code JJ}
 * adjective, {@code VBN} past participle, {@code RB} adverb, …), by OpenNLP's maximum-entropy tagger and its 1.5
 * English model. The model (5.7 MB) is read once, when the class is first used; each thread gets its own tagger, so
 * the class is safe to share. A thread keeps the last 64 sentences it tagged: the checks for the several terms of
 * one sentence, and the rules that look at the same sentence, tag it once.
 */
public final class PartsOfSpeech {

    private static final String MODEL = "/en-pos-maxent.bin";
    private static final POSModel ENGLISH = load();
    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(ENGLISH, POSTagFormat.PENN));
    private static final int REMEMBERED = 64;
    private static final ThreadLocal<Map<String, TaggedSentence>> RECENT =
            ThreadLocal.withInitial(() -> new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, TaggedSentence> eldest) {
                    return size() > REMEMBERED;
                }
            });

    private PartsOfSpeech() {}

    /**
     * Reads the model now, on the calling thread (an engine's constructor, at start-up), rather than on a reader's
     * first request or on several threads at once; the class's initialisation does the reading.
     */
    public static void loadModel() {
        Objects.requireNonNull(ENGLISH, "the English part-of-speech model");
    }

    /** The sentence's words with their parts of speech. */
    public static TaggedSentence tag(String sentence) {
        Map<String, TaggedSentence> recent = RECENT.get();
        TaggedSentence known = recent.get(sentence);
        if (known != null) {
            return known;
        }
        Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(sentence);
        String[] words = Span.spansToStrings(spans, sentence);
        String[] tags = TAGGER.get().tag(words);
        TaggedSentence tagged = new TaggedSentence(sentence, spans, tags);
        recent.put(sentence, tagged);
        return tagged;
    }

    private static POSModel load() {
        try (InputStream in = PartsOfSpeech.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the English part-of-speech model " + MODEL
                        + " is not on the class path" + " (edu.washington.cs.knowitall:opennlp-postag-models)");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the English part-of-speech model cannot be read", e);
        }
    }
}

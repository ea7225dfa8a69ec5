package org.attune.web.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One piece of text as one audience reads it (a heading, or a block with its lead-in), without citation markers,
 * with its words and the synonym groups it mentions. Built once with the index.
 */
record Passage(String text, List<Words.Token> tokens, Set<String> words, List<Synonyms.Mention> mentions,
               Set<Integer> groups) {

    static Passage of(String text, Synonyms synonyms) {
        List<Words.Token> tokens = Words.tokens(text);
        Set<String> words = new HashSet<>();
        tokens.forEach(t -> words.add(t.folded()));
        List<Synonyms.Mention> mentions = synonyms.find(text, tokens);
        Set<Integer> groups = new TreeSet<>();
        mentions.forEach(m -> groups.add(m.group()));
        return new Passage(text, List.copyOf(tokens), Set.copyOf(words), mentions, Set.copyOf(groups));
    }

    boolean hasLiterally(String word) {
        return words.contains(word);
    }

    boolean mentionsAny(Set<Integer> wanted) {
        for (int group : wanted) {
            if (groups.contains(group)) {
                return true;
            }
        }
        return false;
    }
}

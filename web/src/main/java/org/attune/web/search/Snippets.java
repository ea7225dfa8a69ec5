package org.attune.web.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a section's snippet: the block covering most query words (and, if words are left uncovered, the block
 * covering most of the rest), each trimmed at word boundaries around its first match, with "…" where text is left
 * out. A query word is marked where it stands in the text; where it does not, the synonyms it stands for are marked
 * instead (a clinician searching "electrical nerve stimulation" sees "TENS" marked).
 */
final class Snippets {

    static final String ELLIPSIS = "\u2026";

    private Snippets() {
    }

    private record Span(int start, int end) {
    }

    static List<Snippet> of(List<Passage> blocks, List<String> words, Map<String, Set<Integer>> groupsOf,
                            int budget) {
        if (blocks.isEmpty()) {
            return List.of();
        }
        int best = bestBlock(blocks, words, groupsOf);
        List<String> left = words.stream().filter(w -> !covers(blocks.get(best), w, groupsOf)).toList();
        int next = left.isEmpty() ? best : bestBlock(blocks, left, groupsOf);
        boolean addsWords = next != best && left.stream().anyMatch(w -> covers(blocks.get(next), w, groupsOf));
        int second = addsWords ? next : -1;
        List<Integer> chosen = second < 0 ? List.of(best) : List.of(Math.min(best, second), Math.max(best, second));
        int each = budget / chosen.size();
        List<Snippet> pieces = new ArrayList<>();
        for (int index : chosen) {
            Passage block = blocks.get(index);
            List<Snippet> trimmed = trim(block.text(), marks(block, words, groupsOf), each);
            if (!pieces.isEmpty()) {
                // one " … " between the blocks, whether or not either was trimmed at that side
                if (pieces.get(pieces.size() - 1).equals(new Snippet(ELLIPSIS, false))) {
                    pieces.remove(pieces.size() - 1);
                }
                if (trimmed.get(0).equals(new Snippet(ELLIPSIS, false))) {
                    trimmed = trimmed.subList(1, trimmed.size());
                }
                pieces.add(new Snippet(" " + ELLIPSIS + " ", false));
            }
            pieces.addAll(trimmed);
        }
        return merged(pieces);
    }

    /** The first block covering the most words. */
    private static int bestBlock(List<Passage> blocks, List<String> words, Map<String, Set<Integer>> groupsOf) {
        int best = 0;
        int bestCount = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Passage block = blocks.get(i);
            int count = (int) words.stream().filter(w -> covers(block, w, groupsOf)).count();
            if (count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        return best;
    }

    private static boolean covers(Passage block, String word, Map<String, Set<Integer>> groupsOf) {
        return block.hasLiterally(word) || block.mentionsAny(groupsOf.get(word));
    }

    /** Where the words stand in the block, overlapping marks joined. */
    private static List<Span> marks(Passage block, List<String> words, Map<String, Set<Integer>> groupsOf) {
        List<Span> spans = new ArrayList<>();
        for (String word : words) {
            if (block.hasLiterally(word)) {
                block.tokens().stream().filter(t -> t.folded().equals(word))
                        .forEach(t -> spans.add(new Span(t.start(), t.end())));
            } else {
                Set<Integer> groups = groupsOf.get(word);
                block.mentions().stream().filter(m -> groups.contains(m.group()))
                        .forEach(m -> spans.add(new Span(m.start(), m.end())));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> joined = new ArrayList<>();
        for (Span span : spans) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && span.start() < last.end()) {
                joined.set(joined.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    /** The text cut to about {@code budget} characters around its first mark, as pieces. */
    private static List<Snippet> trim(String text, List<Span> marks, int budget) {
        int from = 0;
        int to = text.length();
        if (text.length() > budget) {
            int first = marks.isEmpty() ? 0 : marks.get(0).start();
            int firstEnd = marks.isEmpty() ? 0 : marks.get(0).end();
            from = Math.max(0, Math.min(first - budget / 4, text.length() - budget));
            while (from > 0 && from < first && !Character.isWhitespace(text.charAt(from - 1))) {
                from++;
            }
            to = Math.min(text.length(), Math.max(from + budget, firstEnd));
            for (Span mark : marks) {
                if (mark.start() < to && mark.end() > to) {
                    to = mark.start() > firstEnd ? mark.start() : mark.end();
                }
            }
            while (to < text.length() && to > firstEnd && !Character.isWhitespace(text.charAt(to))) {
                to--;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
        }
        List<Snippet> pieces = new ArrayList<>();
        if (from > 0) {
            pieces.add(new Snippet(ELLIPSIS, false));
        }
        int pos = from;
        for (Span mark : marks) {
            if (mark.end() <= from || mark.start() >= to) {
                continue;
            }
            int start = Math.max(mark.start(), from);
            int end = Math.min(mark.end(), to);
            if (start > pos) {
                pieces.add(new Snippet(text.substring(pos, start), false));
            }
            pieces.add(new Snippet(text.substring(start, end), true));
            pos = end;
        }
        if (to > pos) {
            pieces.add(new Snippet(text.substring(pos, to), false));
        }
        if (to < text.length()) {
            pieces.add(new Snippet(ELLIPSIS, false));
        }
        return pieces;
    }

    /** Neighbouring unmarked pieces joined. */
    private static List<Snippet> merged(List<Snippet> pieces) {
        List<Snippet> out = new ArrayList<>();
        for (Snippet piece : pieces) {
            if (piece.text().isEmpty()) {
                continue;
            }
            Snippet last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !last.match() && !piece.match()) {
                out.set(out.size() - 1, new Snippet(last.text() + piece.text(), false));
            } else {
                out.add(piece);
            }
        }
        return List.copyOf(out);
    }
}

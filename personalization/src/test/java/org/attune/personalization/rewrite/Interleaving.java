package org.attune.personalization.rewrite;

import java.util.List;

/**
 * Whether a sequence is an interleaving of two others: the numbers of a source, split between what the reader reads
 * and the statistics moved out of it, each kept in order.
 */
public final class Interleaving {

    private Interleaving() {}

    /**
     * Whether each of {@code pieces}, in order, is found verbatim in {@code first} or in {@code second}, the pieces
     * found in each in order (a replacement may make a longer span around a piece: "12" in "12 in a coma").
     */
    public static boolean foundIn(List<String> pieces, String first, String second) {
        return foundIn(pieces, 0, first, 0, second, 0, new java.util.HashSet<>());
    }

    private static boolean foundIn(
            List<String> pieces,
            int i,
            String first,
            int fromFirst,
            String second,
            int fromSecond,
            java.util.Set<List<Integer>> failed) {
        if (i == pieces.size()) {
            return true;
        }
        if (failed.contains(List.of(i, fromFirst, fromSecond))) {
            return false;
        }
        String piece = pieces.get(i);
        int a = first.indexOf(piece, fromFirst);
        if (a >= 0 && foundIn(pieces, i + 1, first, a + piece.length(), second, fromSecond, failed)) {
            return true;
        }
        int b = second.indexOf(piece, fromSecond);
        if (b >= 0 && foundIn(pieces, i + 1, first, fromFirst, second, b + piece.length(), failed)) {
            return true;
        }
        failed.add(List.of(i, fromFirst, fromSecond));
        return false;
    }

    public static <T> boolean of(List<T> first, List<T> second, List<T> whole) {
        if (first.size() + second.size() != whole.size()) {
            return false;
        }
        // can[i][j]: whole's first i + j items interleave first's first i and second's first j
        boolean[][] can = new boolean[first.size() + 1][second.size() + 1];
        can[0][0] = true;
        for (int i = 0; i <= first.size(); i++) {
            for (int j = 0; j <= second.size(); j++) {
                if (i > 0 && can[i - 1][j] && first.get(i - 1).equals(whole.get(i + j - 1))) {
                    can[i][j] = true;
                }
                if (j > 0 && can[i][j - 1] && second.get(j - 1).equals(whole.get(i + j - 1))) {
                    can[i][j] = true;
                }
            }
        }
        return can[first.size()][second.size()];
    }
}

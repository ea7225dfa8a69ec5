package org.attune.content.authoring;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file so that all of them are reported at once. */
final class Problems {

    private final String file;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    /** Reports {@code code} at {@code line}, with the arguments its wording takes (none of them null). */
    void add(int line, ProblemCode code, Object... arguments) {
        found.add(Problem.of(file, line, code, arguments));
    }

    boolean any() {
        return !found.isEmpty();
    }

    ArticleFormatException exception() {
        return new ArticleFormatException(found.stream()
                .sorted((a, b) -> Integer.compare(a.line(), b.line()))
                .toList());
    }
}

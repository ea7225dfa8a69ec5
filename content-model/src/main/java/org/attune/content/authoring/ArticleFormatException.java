package org.attune.content.authoring;

import java.util.List;
import java.util.stream.Collectors;

/** An article file that cannot be imported, with every problem found in it. */
public class ArticleFormatException extends Exception {

    private final transient List<Problem> problems;

    public ArticleFormatException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an article format error has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

package org.attune.web.publishing;

/** No article has this slug in the editorial workflow. */
public class NoSuchArticleException extends RuntimeException {

    public NoSuchArticleException(String slug) {
        super("no article '" + slug + "'");
    }
}

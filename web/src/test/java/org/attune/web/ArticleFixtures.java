package org.attune.web;

/** Article files the integration tests write through the API. */
public final class ArticleFixtures {

    private ArticleFixtures() {}

    /** A small valid article file at {@code slug}, with one reference cited. */
    public static String article(String slug) {
        return """
                ---
                slug: %s
                title: Does walking help with %s?
                references:
                  - number: 1
                    type: guideline
                    title: Walking for low back pain
                    source: Example Health Service
                    year: 2024
                ---
                Walking for 30 minutes on most days eases pain a little. [1]

                ## What the evidence shows

                - **Pain:** In 2 trials, walking reduced pain at 12 weeks compared with usual care. [1]
                """.formatted(slug, slug.replace('-', ' '));
    }
}

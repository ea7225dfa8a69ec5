package org.attune.content.authoring;

/** Reads test fixtures and demo articles from the class path. */
final class Fixtures {

    private Fixtures() {}

    static String read(String resource) {
        return DemoArticles.read(resource);
    }
}

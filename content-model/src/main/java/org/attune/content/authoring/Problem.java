package org.attune.content.authoring;

/** One thing wrong with an article file: where (file and 1-based line) and what. */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}

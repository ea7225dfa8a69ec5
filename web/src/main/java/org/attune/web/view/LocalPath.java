package org.attune.web.view;

/** A path on this site to send someone back to after a form: anything else becomes the home page. */
public final class LocalPath {

    private LocalPath() {
    }

    /** The requested path when it is a plain path on this site, else {@code /}. */
    public static String of(String requested) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//")
                || requested.contains("\\") || requested.length() > 500
                || requested.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return requested;
    }
}

package org.attune.web.view;

import java.net.URI;
import java.net.URISyntaxException;

/** A path on this site to send someone back to after a form: anything else becomes the home page. */
public final class LocalPath {

    private LocalPath() {}

    /**
     * The requested path when it is a plain path on this site, else {@code /}. It goes into the {@code Location}
     * header, which the container writes one byte per character (U+012F would leave as 0x2F, '/'), so it must be
     * printable ASCII: then the characters checked here are exactly the bytes sent. It starts with exactly one '/'
     * (no other host) and is a valid URI.
     */
    public static String of(String requested) {
        if (requested == null
                || requested.length() > 500
                || !requested.startsWith("/")
                || requested.startsWith("//")
                || requested.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f || c == '\\')) {
            return "/";
        }
        try {
            new URI(requested);
            return requested;
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}

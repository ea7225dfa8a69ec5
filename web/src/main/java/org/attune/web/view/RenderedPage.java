package org.attune.web.view;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One page as sent: its UTF-8 bytes, the same bytes gzip-compressed (once, when the page is rendered), and the
 * entity tag of each form, a digest of the exact HTML, so a validator for one audience's page never matches another.
 */
public record RenderedPage(byte[] html, byte[] gzip, String etag, String gzipEtag) {

    static RenderedPage of(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        String digest = digest(bytes);
        return new RenderedPage(bytes, gzip(bytes), "\"" + digest + "\"", "\"" + digest + "-gzip\"");
    }

    /** Bytes held in memory, for the cache's size bound. */
    public int weight() {
        return html.length + gzip.length;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** A short digest of a text (its UTF-8 bytes), for entity tags. */
    public static String digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

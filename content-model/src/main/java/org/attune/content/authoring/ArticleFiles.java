package org.attune.content.authoring;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * An article file as it arrives (uploaded, or the body of an API call) turned into text, strictly: bytes that are
 * not text in the file's character set are a problem at their line, never silently replaced by U+FFFD.
 */
public final class ArticleFiles {

    private ArticleFiles() {}

    /** The file's text in UTF-8. */
    public static String decode(String file, byte[] bytes) throws ArticleFormatException {
        return decode(file, bytes, StandardCharsets.UTF_8);
    }

    public static String decode(String file, byte[] bytes, Charset charset) throws ArticleFormatException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // room for every character the bytes can make, so the one pass ends in the text or at the first bad byte
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new ArticleFormatException(List.of(Problem.of(
                    file,
                    lineAt(bytes, at),
                    ProblemCode.FILE_NOT_TEXT,
                    columnAt(bytes, at),
                    String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF),
                    charset.name())));
        }
        return out.flip().toString();
    }

    /** The 1-based column of the byte at {@code offset}, counted in bytes from its line's start. */
    private static int columnAt(byte[] bytes, int offset) {
        int start = offset;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        return offset - start + 1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}

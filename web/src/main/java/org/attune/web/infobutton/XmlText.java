package org.attune.web.infobutton;

/**
 * Text made fit for an XML 1.0 document: the characters XML cannot carry at all, even escaped (the C0 controls but
 * tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF), are left out. The XML writer escapes
 * markup, but writes these as they are, which makes the whole feed not well-formed for its reader.
 */
final class XmlText {

    private XmlText() {}

    static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.appendCodePoint(c);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }
}

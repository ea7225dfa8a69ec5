package org.attune.personalization.cli;

import java.util.List;
import java.util.Locale;

/**
 * Writes the one JSON object the command prints per paragraph. Hand-written because the module has no JSON library
 * on its class path and the object is fixed and small (strings, a list of strings, two numbers); strings are
 * escaped as RFC 8259 requires (quotation mark, reverse solidus, control characters).
 */
final class JsonLine {

    private JsonLine() {}

    /** {@code {"text":…,"numbers":[…],"grade":{"fkgl":…,"smog":…}}}, grades to one decimal. */
    static String of(String text, List<String> numbers, double fkgl, double smog) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        out.append("{\"text\":");
        string(text, out);
        out.append(",\"numbers\":[");
        for (int i = 0; i < numbers.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(numbers.get(i), out);
        }
        out.append("],\"grade\":{\"fkgl\":")
                .append(oneDecimal(fkgl))
                .append(",\"smog\":")
                .append(oneDecimal(smog))
                .append("}}");
        return out.toString();
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

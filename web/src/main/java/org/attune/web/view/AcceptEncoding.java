package org.attune.web.view;

import java.util.Locale;

/** Reads an {@code Accept-Encoding} header: does the client take gzip? */
final class AcceptEncoding {

    private AcceptEncoding() {}

    /** True when gzip (or {@code *}) is listed without {@code q=0}. */
    static boolean allowsGzip(String header) {
        if (header == null) {
            return false;
        }
        for (String item : header.split(",")) {
            String[] parts = item.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            if ((coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) && !refused(parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String p = parameters[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }
}

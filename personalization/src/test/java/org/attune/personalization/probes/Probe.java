package org.attune.personalization.probes;

import java.util.List;
import java.util.Locale;

/**
 * One probe of the suite: a source sentence of one defect class and what a careful medical editor requires of its
 * rewrite (format in {@code src/test/resources/probes/PROBES-FORMAT.md}).
 *
 * @param defectClass the class's id ("roman-numeral")
 * @param line        the line of the file where the probe starts
 * @param source      the sentence as written for clinicians
 * @param audience    the audience it is rewritten for ("patient" unless said)
 * @param expect      the exact text the reader must read, or null
 * @param never       what the rendering must never contain (compared ignoring case)
 * @param keeps       what the rendering must contain (compared as written)
 * @param from        where the sentence comes from
 * @param open        why the probe is not expected to pass yet (its class not yet handled), or null
 */
record Probe(
        String defectClass,
        int line,
        String source,
        String audience,
        String expect,
        List<String> never,
        List<String> keeps,
        String from,
        String open) {

    boolean isOpen() {
        return open != null;
    }

    /** The first requirement the rendering breaks, or null when it meets them all. */
    String firstFailure(String display, String rendering) {
        if (expect != null && !expect.equals(display)) {
            return "expected \"" + expect + "\"";
        }
        String lower = rendering.toLowerCase(Locale.ROOT);
        for (String n : never) {
            if (lower.contains(n.toLowerCase(Locale.ROOT))) {
                return "contains \"" + n + "\"";
            }
        }
        for (String k : keeps) {
            if (!rendering.contains(k)) {
                return "lacks \"" + k + "\"";
            }
        }
        return null;
    }
}

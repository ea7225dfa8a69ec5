package org.attune.personalization.glossary;

import java.util.List;

/** Glossary entries the tests of several packages build their small glossaries from. */
public final class TestEntries {

    private TestEntries() {}

    /** TENS: an abbreviation with its expansion and plain wording, and the definition given (or none). */
    public static GlossaryEntry tens(String definition, String source) {
        return new GlossaryEntry(
                "TENS",
                null,
                List.of(),
                null,
                "electrical nerve stimulation",
                null,
                definition,
                "transcutaneous electrical nerve stimulation",
                source,
                TermContext.NONE);
    }
}

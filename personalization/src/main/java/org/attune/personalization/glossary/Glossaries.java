package org.attune.personalization.glossary;

import java.io.IOException;
import java.nio.file.Path;

/** The glossaries shipped with Attune, and how a hospital's own file is layered on top of them. */
public final class Glossaries {

    /** Resource (next to this class) of the curated glossary written for Attune's articles. */
    public static final String CURATED = "curated.glossary";
    /** Resource (next to this class) of the glossary converted from the CDC Plain Language Thesaurus. */
    public static final String CDC = "cdc-plain-language.glossary";
    /** Resource (next to this class) of CDC entries, word for word, with Attune's context conditions (issue 17). */
    public static final String CDC_IN_CONTEXT = "cdc-in-context.glossary";
    /** Resource (next to this class) of the research-methods words: trials, reviews and statistics (issue 17). */
    public static final String RESEARCH_METHODS = "research-methods.glossary";

    private Glossaries() {}

    /** The curated glossary alone. */
    public static Glossary curated() {
        return GlossaryFormat.readResource(CURATED);
    }

    /** The glossary converted from the CDC Plain Language Thesaurus alone. */
    public static Glossary cdc() {
        return GlossaryFormat.readResource(CDC);
    }

    /** CDC entries, word for word, with the conditions under which their wording does not fit. */
    public static Glossary cdcInContext() {
        return GlossaryFormat.readResource(CDC_IN_CONTEXT);
    }

    /** The research-methods words alone: designs, results, statistics, each with its source. */
    public static Glossary researchMethods() {
        return GlossaryFormat.readResource(RESEARCH_METHODS);
    }

    /**
     * Everything built in: the CDC glossary, its entries with context conditions on top, the research-methods words,
     * then the curated one (curated wins on conflict).
     */
    public static Glossary builtIn() {
        return cdc().overriddenBy(cdcInContext())
                .overriddenBy(researchMethods())
                .overriddenBy(curated());
    }

    /** The built-in glossary with a hospital's own file on top: it adds, overrides and withdraws terms. */
    public static Glossary builtInWith(Path hospitalFile) throws IOException {
        return GlossaryFormat.read(hospitalFile).applyTo(builtIn());
    }
}

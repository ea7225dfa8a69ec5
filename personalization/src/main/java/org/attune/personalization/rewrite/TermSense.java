package org.attune.personalization.rewrite;

/** Whether a term's plain wording fits where the term stands, decided by {@link TermSenses}. */
enum TermSense {
    /** The plain wording fits. */
    FITS,
    /** A condition of the entry keeps the term as written here ("oral vaccine", "Staphylococcus infection"). */
    KEPT,
    /** The term is read in a sense its entry does not describe ("topical" with "nasal"): kept, not defined. */
    OTHER_SENSE,
    /** The term modifies the noun after it, and its plain wording cannot ("adverse event monitoring"). */
    BEFORE_NOUN,
    /** The plain wording would not fit the term's slot in its sentence ({@link WordingSlots}): kept, explained. */
    NO_SLOT
}

package org.attune.content.authoring;

import java.time.LocalDate;

/**
 * What a parser accepts beyond the format itself: whether the file must, may or must not carry its review history,
 * the date that stands for a missing {@code updated:} (null: the field is required), and whether references' DOIs
 * and PMIDs must be well formed (false for revisions stored before they had to be, which must stay readable).
 */
record AuthoringRules(ReviewBlock reviewBlock, LocalDate defaultUpdated, boolean identifiersChecked) {

    enum ReviewBlock {
        REQUIRED,
        OPTIONAL,
        FORBIDDEN
    }
}

package org.attune.content.authoring;

import java.time.LocalDate;

/**
 * What a parser accepts beyond the format itself: whether the file must, may or must not carry its review history,
 * and the date that stands for a missing {@code updated:} (null: the field is required).
 */
record AuthoringRules(ReviewBlock reviewBlock, LocalDate defaultUpdated) {

    enum ReviewBlock {
        REQUIRED,
        OPTIONAL,
        FORBIDDEN
    }
}

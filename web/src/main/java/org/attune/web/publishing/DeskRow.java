package org.attune.web.publishing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One article on the editors' list: its newest revision and where it stands, when its published version is due for
 * review, whether an audience version has changed since it was signed off, and what readers get of it now.
 */
public record DeskRow(
        String slug,
        String title,
        int revision,
        String state,
        String author,
        String lastActor,
        Instant lastChange,
        LocalDate nextReviewDue,
        boolean overdue,
        boolean audienceVersionChanged,
        boolean demonstration,
        ReadersSee readers) {}

package org.attune.web.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One article on the editors' list: its newest revision and where it stands, when its published version is due for
 * review, whether an audience version has changed since it was signed off, and what readers get of it now.
 *
 * @param editors who wrote or edited the newest revision (four eyes keeps them from approving it)
 */
public record DeskRow(
        String slug,
        String title,
        int revision,
        String state,
        String author,
        List<String> editors,
        String lastActor,
        Instant lastChange,
        LocalDate nextReviewDue,
        boolean overdue,
        boolean audienceVersionChanged,
        boolean demonstration,
        ReadersSee readers) {}

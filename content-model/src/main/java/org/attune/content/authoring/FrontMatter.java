package org.attune.content.authoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.attune.content.citation.Reference;
import org.attune.content.coding.ClinicalCode;
import org.attune.content.review.ReviewEvent;

/** The header of an article file, read and checked; fields are null where the file had a problem. */
record FrontMatter(
        String slug,
        String title,
        LocalDate updated,
        List<String> tags,
        List<ClinicalCode> codes,
        boolean demo,
        List<ReviewEvent> review,
        List<Reference> references,
        Set<Integer> declaredReferenceNumbers,
        boolean readable) {}

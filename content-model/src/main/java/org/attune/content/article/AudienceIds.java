package org.attune.content.article;

import java.util.List;

/**
 * The audiences an author may write an override for. The personalization module's profiles use the same ids;
 * the content model only needs to know which ids are valid in an article file.
 */
public final class AudienceIds {

    public static final String PATIENT = "patient";
    public static final String CLINICIAN = "clinician";
    public static final String STUDENT = "student";

    public static final List<String> ALL = List.of(PATIENT, CLINICIAN, STUDENT);

    private AudienceIds() {}

    public static boolean isKnown(String id) {
        return ALL.contains(id);
    }
}

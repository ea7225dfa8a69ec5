package org.attune.web.audience;

import java.util.List;

import org.attune.personalization.audience.AudienceProfile;

/**
 * The audience a page is shown for, how it was chosen, and whether the reader asked for one we don't know
 * (then the page says so; the unknown value itself is never shown).
 *
 * @param active       the profile the page is written for
 * @param choices      every profile the reader can choose, in display order
 * @param fromLink     true when {@code ?audience=} chose it for this page only
 * @param unrecognised true when the request named an audience that does not exist
 */
public record ReaderAudience(
        AudienceProfile active, List<AudienceProfile> choices, boolean fromLink, boolean unrecognised) {

    public ReaderAudience {
        choices = List.copyOf(choices);
    }

    public String id() {
        return active.id();
    }

    public boolean is(String id) {
        return active.id().equals(id);
    }
}

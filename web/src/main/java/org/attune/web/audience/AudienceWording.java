package org.attune.web.audience;

import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;

/**
 * Which built-in audience's messages ({@code audience.<id>.label}, {@code .description}, {@code .disclaimer}) an
 * audience is worded with: its own when its id is built in; a hospital's own audience ("caregiver", style
 * {@code plain}) gets the disclaimer of the built-in audience of its style, and must bring its own label.
 */
public final class AudienceWording {

    private static final AudienceProfiles BUILT_IN = AudienceProfiles.builtIn();

    private AudienceWording() {}

    /** The id whose message keys word this audience. */
    public static String messageId(AudienceProfile audience) {
        return BUILT_IN.byId(audience.id())
                .or(() -> BUILT_IN.all().stream()
                        .filter(builtIn -> builtIn.style() == audience.style())
                        .findFirst())
                .map(AudienceProfile::id)
                .orElseThrow(() -> new IllegalStateException("no built-in audience of style " + audience.style()));
    }

    /** Whether the application's messages can name this audience (else the audiences file must label it). */
    public static boolean isNamedByTheApplication(AudienceProfile audience) {
        return BUILT_IN.byId(audience.id()).isPresent();
    }
}

package org.attune.web.article;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.attune.content.workflow.Usernames;

/**
 * The names readers are shown for the people an article's review history records. The workflow records who moved a
 * revision by their username ({@code rui.reviewer}), which is no name to give readers: they are shown the person's
 * display name ("Dr. Ana Ruiz, MD"), and when the person has none, no name at all (the page's neutral wording, and no
 * {@code reviewedBy} in the JSON-LD) — never the username. A history written in an article file (the demo articles'
 * {@code review:} blocks: "Demo reviewer") already names people in words, and is shown as written.
 *
 * <p>The account package provides the display names; readers' pages only ask for them (an interface here, so that
 * readers' features never import editors').
 */
public interface ReviewerNames {

    /** What is recorded for workflow moves: a username in its normal form (letters, digits and {@code . _ @ -}). */
    Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{3,100}");

    /** The display names of those of {@code usernames} (normal forms) who have one. */
    Map<String, String> displayNames(Set<String> usernames);

    /** No one has a display name: every recorded username gets the neutral wording (for tests and tools). */
    ReviewerNames NONE = usernames -> Map.of();

    /** True when {@code recorded} is a username rather than a name written in words. */
    static boolean isUsername(String recorded) {
        return recorded != null
                && USERNAME.matcher(Usernames.normalise(recorded)).matches();
    }

    /**
     * How readers are told who {@code recorded} is, given the display names looked up: the display name, the name as
     * written when it is no username, or empty (say it without a name).
     */
    static Optional<String> forReaders(String recorded, Map<String, String> displayNames) {
        if (!isUsername(recorded)) {
            return Optional.ofNullable(recorded);
        }
        return Optional.ofNullable(displayNames.get(Usernames.normalise(recorded)));
    }
}

package org.attune.content.workflow;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/**
 * The one spelling of a username by which a person is known: spaces around it removed, Unicode compatibility forms
 * folded (NFKC: fullwidth {@code ｄｉｒｍａｘ} is {@code dirmax}) and letters in lower case ({@link Locale#ROOT}).
 * Directories and most sign-on providers match usernames this loosely, so two spellings that sign in as one account
 * must also be one person to the four-eyes rule and in the history.
 */
public final class Usernames {

    private Usernames() {}

    /** The normal form of {@code typed}; null stays null. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String lower = Normalizer.normalize(typed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // again: a lower-case letter may have a compatibility form of its own, and then normalise(normalise(x)) would
        // not be normalise(x)
        return Normalizer.normalize(lower, Normalizer.Form.NFKC).strip();
    }

    /** True when the two names are one person's. */
    public static boolean samePerson(String one, String other) {
        return one != null && other != null && normalise(one).equals(normalise(other));
    }

    /** True when one of {@code names} is {@code person} ({@link #samePerson}): who wrote or edited a revision. */
    public static boolean includesPerson(Collection<String> names, String person) {
        return names.stream().anyMatch(name -> samePerson(name, person));
    }
}

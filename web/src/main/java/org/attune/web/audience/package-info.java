/**
 * The reader's audience ("Which best describes you?"): chosen with a plain form, remembered in a cookie, set for one
 * page with {@code ?audience=}, and defaulting to {@code attune.audience.default}. Unknown values fall back visibly.
 */
package org.attune.web.audience;

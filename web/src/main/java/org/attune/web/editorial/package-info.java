/**
 * The editorial workflow in the running application: the desk where authors create and save revisions and
 * reviewers move them on (four eyes, optimistic locking, audit), the publication that rebuilds what readers see
 * from the revisions, and the sign-off of each audience's version.
 */
package org.attune.web.editorial;

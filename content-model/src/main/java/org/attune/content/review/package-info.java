/** Editorial review: the three stages an article passes through and the history of who moved it, when. */
package org.attune.content.review;

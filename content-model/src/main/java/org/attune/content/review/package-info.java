/**
 * What readers are told of an article's review: the stage reached (submitted, under review, approved: the workflow
 * states a revision shown to readers can be in) and the history of who moved it there, when. The editorial workflow
 * itself, with its drafts, requests for changes and retirement, is {@code org.attune.content.workflow}.
 */
package org.attune.content.review;

package org.attune.web.article;

import java.time.LocalDate;

/**
 * An article its reviewers retired, as the page at its old address names it.
 *
 * @param title the question, as the reader's audience reads it
 * @param withdrawnOn the day it was retired
 */
public record WithdrawnArticle(String slug, String title, LocalDate withdrawnOn) {}

package org.attune.web.article;

import java.time.LocalDate;

/** One line of the article list: the question, its short answer in the reader's words, status and date. */
public record ArticleSummary(
        String slug, String title, String bottomLine, String status, LocalDate lastUpdated, boolean demonstration) {}

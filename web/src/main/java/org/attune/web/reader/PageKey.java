package org.attune.web.reader;

import java.time.LocalDate;
import java.util.Locale;

import org.attune.web.audience.ReaderAudience;
import org.attune.web.content.ContentVersion;
import org.attune.web.view.PageAddress;

/**
 * What a reader's page depends on besides the content: the page asked for (its path and query, without the
 * one-page {@code audience} parameter: the same as the audience form's return path, which the page contains), the
 * audience, how it was chosen (a link's choice and an unrecognised audience each add a line), the language it is
 * written in ({@link org.attune.web.view.PageLanguage}), the article it is built from alone (null for a page built
 * from all of them), the content version it was rendered from (that article's, or all the articles'), and the day (a
 * review falls overdue at midnight).
 */
record PageKey(
        String page,
        String audience,
        boolean fromLink,
        boolean unrecognised,
        Locale language,
        String article,
        long contentVersion,
        LocalDate day) {

    static PageKey of(
            PageAddress address, ReaderAudience reader, Locale language, String article, long contentVersion) {
        return new PageKey(
                address.returnPath(),
                reader.id(),
                reader.fromLink(),
                reader.unrecognised(),
                language,
                article,
                contentVersion,
                LocalDate.now());
    }

    /** True once what the page is built from has changed: it will never be served again. */
    boolean staleAt(ContentVersion content) {
        return contentVersion < (article == null ? content.current() : content.ofArticle(article));
    }
}

package org.attune.web.view;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The one place that decides which language a page is written in: the locale a page is rendered in, which
 * Thymeleaf's {@code #locale} holds, every template's {@code <html lang>} comes from, messages are resolved in
 * ({@link BundleMessageResolver}) and dates are written in.
 *
 * <p>Today pages are offered in English only, whoever asks: a German browser gets "December 29, 2025" inside an
 * English sentence, and one URL never has two versions that a cache would need {@code Vary: Accept-Language} to
 * keep apart. <b>A second language plugs in here</b>: add its {@code messages_xx.properties} (the build checks it
 * has every key), list it in {@link #OFFERED}, and decide in {@link #of(HttpServletRequest)} from what the reader
 * asked for (a choice they made, or {@code Accept-Language} among the offered languages). The reader page cache
 * key already carries the locale; {@link PageRenderer#send} then gains {@code Accept-Language} (or whatever the
 * choice is read from) in {@code Vary}, and pages rendered ahead are rendered once per offered language.
 */
public final class PageLanguage {

    /** The languages pages are offered in, the first being the one a page is written in when nothing else fits. */
    public static final List<Locale> OFFERED = List.of(Locale.ENGLISH);

    private PageLanguage() {}

    /** The language of the page for this request: English, the only language offered today. */
    public static Locale of(HttpServletRequest request) {
        return first();
    }

    /** The language a page is written in when there is no request to ask (a page rendered ahead, a default). */
    public static Locale first() {
        return OFFERED.get(0);
    }
}

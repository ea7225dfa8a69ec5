package org.attune.web.view;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The one place that decides which language a page is written in: the locale a page is rendered in, which
 * Thymeleaf's {@code #locale} holds, every template's {@code <html lang>} comes from, messages are resolved in
 * ({@link BundleMessageResolver}), dates are written in and the reader page cache is keyed by.
 *
 * <p>A page is written in the offered language that best fits the reader's {@code Accept-Language}, or in the
 * first offered one. Today only English is offered: a German browser gets "December 29, 2025" inside an English
 * sentence, and no page says {@code Vary: Accept-Language}, since one URL never has two versions. <b>A second
 * language plugs in here</b>: add its {@code messages_xx.properties} (the build checks it has every key), list it in
 * {@link #OFFERED}; {@link #vary()} then names {@code Accept-Language}, and pages rendered ahead are rendered once
 * per offered language.
 */
public final class PageLanguage {

    /** The languages pages are offered in, the first being the one a page is written in when nothing else fits. */
    public static final List<Locale> OFFERED = List.of(Locale.ENGLISH);

    private PageLanguage() {}

    /** The language of the page for this request. */
    public static Locale of(HttpServletRequest request) {
        return among(OFFERED, request.getHeader("Accept-Language"));
    }

    /** The language a page is written in when there is no request to ask (a page rendered ahead, a default). */
    public static Locale first() {
        return OFFERED.get(0);
    }

    /** What a page's {@code Vary} header names: the request headers its bytes depend on. */
    public static String vary() {
        return vary(OFFERED);
    }

    static String vary(List<Locale> offered) {
        return offered.size() > 1 ? "Cookie, Accept-Encoding, Accept-Language" : "Cookie, Accept-Encoding";
    }

    /**
     * The offered language that best fits {@code acceptLanguage} (RFC 4647 lookup, by the weights it gives), or the
     * first offered one when none fits or the header is missing or malformed.
     */
    static Locale among(List<Locale> offered, String acceptLanguage) {
        if (offered.size() == 1 || acceptLanguage == null || acceptLanguage.isBlank()) {
            return offered.get(0);
        }
        try {
            Locale fit = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), offered);
            return fit == null ? offered.get(0) : fit;
        } catch (IllegalArgumentException malformed) {
            return offered.get(0);
        }
    }
}

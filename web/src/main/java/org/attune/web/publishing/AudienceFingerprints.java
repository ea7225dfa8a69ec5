package org.attune.web.publishing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.attune.content.article.Article;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.RewrittenArticle;

/**
 * What each audience reads of an article, reduced to a SHA-256 fingerprint: recorded at approval, compared later so
 * that a glossary change which alters an approved article's patient or student version is noticed.
 */
@ApplicationScoped
public class AudienceFingerprints {

    @Inject
    ArticleRewriter rewriter;

    @Inject
    AudienceProfiles audiences;

    /** Audience id to fingerprint, for every audience offered. */
    public Map<String, String> of(Article article) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (AudienceProfile audience : audiences.all()) {
            RewrittenArticle version = rewriter.rewrite(article, audience);
            fingerprints.put(audience.id(), sha256(version.title().display() + "\n" + version.bodyText()));
        }
        return fingerprints;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

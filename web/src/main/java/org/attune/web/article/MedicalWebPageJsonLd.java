package org.attune.web.article;

import java.io.StringWriter;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;

import org.attune.content.article.Article;
import org.attune.content.citation.Reference;
import org.attune.content.review.ReviewEvent;
import org.attune.content.review.ReviewStatus;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.SchemaAudience;

/**
 * Structured data for search engines and intranet indexers: a schema.org {@code MedicalWebPage} with its audience,
 * its citations, who last reviewed it and when, and whether that review is complete ({@code creativeWorkStatus}).
 * Safe to place inside a {@code <script>} element.
 */
final class MedicalWebPageJsonLd {

    // Json.createXxx() looks the JSON-P provider up again on every call (a class-path scan): look it up once.
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    private MedicalWebPageJsonLd() {}

    static String of(
            Article article, String title, AudienceProfile audience, String url, Map<String, String> displayNames) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "MedicalWebPage")
                .add("name", title)
                .add("headline", title)
                .add("inLanguage", "en")
                .add("url", url)
                .add("dateModified", article.lastUpdated().toString());
        SchemaAudience schema = audience.schemaAudience();
        json.add(
                schema.isMedical() ? "medicalAudience" : "audience",
                JSON.createObjectBuilder().add("@type", schema.type()).add("audienceType", schema.audienceType()));
        // The latest step a reviewer took (under review or approved); the status says whether review is complete.
        article.reviewHistory().stream()
                .filter(e -> e.status() != ReviewStatus.SUBMITTED)
                .reduce((first, second) -> second)
                .ifPresent(review -> addReview(json, review, displayNames));
        json.add(
                "creativeWorkStatus",
                article.status().isPublishedAsReviewed()
                        ? "Approved"
                        : article.status() == ReviewStatus.UNDER_REVIEW ? "Under review" : "Submitted");
        JsonArrayBuilder citations = JSON.createArrayBuilder();
        article.references().forEach(r -> citations.add(citation(r)));
        json.add("citation", citations);
        if (!article.tags().isEmpty()) {
            json.add("keywords", String.join(", ", article.tags()));
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.writeObject(json.build());
        }
        // Inside <script>, "</script>" or "<!--" in a title must not end the element: escape every '<'.
        return out.toString().replace("<", "\\u003c");
    }

    /** When, and by whom when the reviewer has a name for readers (never a username: {@link ReviewerNames}). */
    private static void addReview(JsonObjectBuilder json, ReviewEvent review, Map<String, String> displayNames) {
        json.add("lastReviewed", review.date().toString());
        ReviewerNames.forReaders(review.reviewer(), displayNames)
                .ifPresent(name -> json.add(
                        "reviewedBy",
                        JSON.createObjectBuilder().add("@type", "Person").add("name", name)));
    }

    private static JsonObjectBuilder citation(Reference r) {
        JsonObjectBuilder citation = JSON.createObjectBuilder()
                .add("@type", "CreativeWork")
                .add("name", r.title())
                .add("publisher", r.source())
                .add("datePublished", String.valueOf(r.year()));
        r.doi().ifPresent(doi -> citation.add("sameAs", "https://doi.org/" + doi));
        r.url().ifPresent(url -> citation.add("url", url));
        return citation;
    }
}

package org.attune.web.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.glossary.Glossaries;
import org.attune.personalization.glossary.Glossary;
import org.attune.personalization.plain.PlainLanguage;
import org.attune.personalization.readability.JargonReport;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.ProtectedSpans;
import org.attune.personalization.rewrite.TermMatcher;
import org.attune.web.audience.AudienceWording;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the personalization engine once for the application: the built-in glossaries, layered with the hospital's
 * own glossary file when {@code attune.glossary.file} names one, and the audiences offered (the hospital's own file
 * when {@code attune.audiences.file} names one). A broken file is reported with its line and the built-in data
 * keeps serving. The engine is immutable and thread-safe.
 */
@ApplicationScoped
public class PersonalizationProducer {

    private static final Logger LOG = Logger.getLogger(PersonalizationProducer.class.getName());

    @Inject
    @ConfigProperty(name = "attune.glossary.file")
    Optional<String> hospitalGlossary;

    @Produces
    @Singleton
    ArticleRewriter articleRewriter() {
        return new ArticleRewriter(glossary(), ProtectedSpans.builtIn(), PlainLanguage.builtIn());
    }

    /** The editor's jargon report: long words the glossaries do not cover, over the same terms and names. */
    @Produces
    @Singleton
    JargonReport jargonReport(ArticleRewriter rewriter) {
        return new JargonReport(TermMatcher.of(rewriter.glossary()), ProtectedSpans.builtIn());
    }

    @Inject
    @ConfigProperty(name = "attune.audiences.file")
    Optional<String> hospitalAudiences;

    @Produces
    @Singleton
    AudienceProfiles audienceProfiles() {
        if (hospitalAudiences.isEmpty() || hospitalAudiences.get().isBlank()) {
            return AudienceProfiles.builtIn();
        }
        Path file = Path.of(hospitalAudiences.get().strip());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            AudienceProfiles own = AudienceProfiles.load(file.toString(), reader);
            for (AudienceProfile audience : own.all()) {
                if (!audience.hasOwnLabel() && !AudienceWording.isNamedByTheApplication(audience)) {
                    throw new IllegalArgumentException(
                            "audience " + audience.id() + " is the hospital's own: give it a label and a description");
                }
            }
            LOG.info(() -> "Audiences from " + file.toAbsolutePath() + ": "
                    + own.all().stream().map(AudienceProfile::id).toList());
            return own;
        } catch (IOException | RuntimeException e) {
            LOG.severe(() -> "The audiences file " + file.toAbsolutePath() + " was NOT loaded, the built-in audiences"
                    + " are offered: " + e.getMessage());
            return AudienceProfiles.builtIn();
        }
    }

    private Glossary glossary() {
        if (hospitalGlossary.isEmpty() || hospitalGlossary.get().isBlank()) {
            return Glossaries.builtIn();
        }
        Path file = Path.of(hospitalGlossary.get().strip());
        try {
            Glossary layered = Glossaries.builtInWith(file);
            LOG.info(() -> "Glossary: built-in entries layered with " + file.toAbsolutePath());
            return layered;
        } catch (IOException | RuntimeException e) {
            // Readers keep getting articles: with the built-in glossaries, and the operator gets file, line and why.
            LOG.severe(() -> "The hospital glossary " + file.toAbsolutePath() + " was NOT loaded, built-in glossaries"
                    + " only: " + e.getMessage());
            return Glossaries.builtIn();
        }
    }
}

package org.attune.web.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.web.DeployedAttune;
import org.attune.web.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A hospital that offers only clinicians and patients, in that order, under its own label for clinicians
 * ({@code attune.audiences.file}): every page still works and nothing mentions students.
 */
@ExtendWith(ArquillianExtension.class)
class HospitalAudiencesIT extends DeployedAttune {

    private static final String SLUG = "physical-therapy-for-chronic-back-pain";

    @Deployment(testable = false)
    static WebArchive deployment() {
        Path audiences = hospitalAudiencesFile();
        return Deployments.attuneWarConfiguredWith(
                "attune.audiences.file=" + audiences.toAbsolutePath().toString().replace("\\", "/") + "\n");
    }

    private static Path hospitalAudiencesFile() {
        try {
            Path file = Files.createTempFile("attune-audiences", ".tsv");
            Files.writeString(file, """
                    # Staff intranet: clinicians first, then patients; no student version.
                    clinician\tas-authored\tMedicalAudience:Clinician\tDoctor or nurse\tThe wording our consultants review.
                    patient\tplain\tMedicalAudience:Patient
                    """, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theChoiceOffersTheHospitalsAudiencesInItsOrderWithItsLabels() {
        Document home = http.page("/");

        assertThat(home.select(".audience__choice input").eachAttr("value")).containsExactly("clinician", "patient");
        assertThat(home.select(".audience__choice label").eachText())
                .containsExactly("Doctor or nurse", "Patient or caregiver");
        assertThat(home.select(".audience__description").eachText())
                .containsExactly(
                        "The wording our consultants review.",
                        "Everyday words, with the medical terms you may hear from your care team.");
    }

    @Test
    void everyPageWorksWithoutTheStudentAudience() {
        for (String path : List.of(
                "/",
                "/articles/" + SLUG,
                "/articles/" + SLUG + "?audience=clinician",
                "/glossary",
                "/glossary?article=" + SLUG,
                "/search?q=bed+rest")) {
            Document page = http.page(path);
            assertThat(page.text()).as(path).doesNotContain("Student").doesNotContain("??");
        }
        assertThat(http.page("/glossary").select(".glossary-letter dt dfn").eachText())
                .as("the glossary still lists the articles' terms")
                .contains("deconditioning");
    }

    @Test
    void aLinkToTheDroppedStudentVersionFallsBackVisibly() {
        Document page = http.page("/articles/" + SLUG + "?audience=student");

        assertThat(page.selectFirst(".notice--audience").text())
                .isEqualTo("We don't have a version for the audience that was asked for, so this page is shown for:"
                        + " Patient or caregiver.");
        assertThat(page.selectFirst("article").attr("data-audience")).isEqualTo("patient");
        assertThat(page.select("#key-terms")).as("no student key-terms list").isEmpty();
    }

    @Test
    void theClinicianVersionCarriesTheHospitalsLabelAndTheSchemaOrgAudience() {
        Document page = http.page("/articles/" + SLUG + "?audience=clinician");

        assertThat(page.selectFirst("#audience-active strong").text()).isEqualTo("Doctor or nurse");
        assertThat(page.selectFirst("script[type=application/ld+json]").data())
                .contains("\"medicalAudience\":{\"@type\":\"MedicalAudience\",\"audienceType\":\"Clinician\"}");
    }
}

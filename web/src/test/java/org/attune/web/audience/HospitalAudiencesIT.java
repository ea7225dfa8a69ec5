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
 * A hospital that offers clinicians, patients and an audience of its own, caregivers, in that order, under its own
 * labels for clinicians and caregivers, and no student version ({@code attune.audiences.file}, written as before
 * audiences named their infobutton recipients): every page still works and nothing mentions students.
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
                    # Staff intranet: clinicians first, then patients and caregivers; no student version.
                    clinician\tas-authored\tMedicalAudience:Clinician\tDoctor or nurse\tThe wording our consultants review.
                    patient\tplain\tMedicalAudience:Patient
                    caregiver\tplain\tAudience:Caregiver\tFamily caregiver\tPlain words for whoever looks after the patient.
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

        assertThat(home.select(".audience__choice input").eachAttr("value"))
                .containsExactly("clinician", "patient", "caregiver");
        assertThat(home.select(".audience__choice label").eachText())
                .containsExactly("Doctor or nurse", "Patient or caregiver", "Family caregiver");
        assertThat(home.select(".audience__description").eachText())
                .containsExactly(
                        "The wording our consultants review.",
                        "Everyday words, with the medical terms you may hear from your care team.",
                        "Plain words for whoever looks after the patient.");
    }

    @Test
    void everyPageWorksWithoutTheStudentAudience() {
        for (String path : List.of(
                "/",
                "/articles/" + SLUG,
                "/articles/" + SLUG + "?audience=clinician",
                "/articles/" + SLUG + "?audience=caregiver",
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
    void theHospitalsOwnCaregiverAudienceReadsThePlainWordingUnderItsOwnLabel() {
        Document caregiver = http.page("/articles/" + SLUG + "?audience=caregiver");
        Document clinician = http.page("/articles/" + SLUG + "?audience=clinician");

        assertThat(caregiver.selectFirst("article").attr("data-audience")).isEqualTo("caregiver");
        assertThat(caregiver.selectFirst("#audience-active strong").text()).isEqualTo("Family caregiver");
        assertThat(caregiver.select(".notice--audience"))
                .as("no fallback notice")
                .isEmpty();
        assertThat(caregiver.selectFirst("article").text())
                .as("plain words for the technical term, which follows at its first mention")
                .contains("loss of fitness (deconditioning)");
        assertThat(clinician.selectFirst("article").text()).doesNotContain("loss of fitness");
        assertThat(caregiver.selectFirst(".disclaimer h2").text())
                .as("the disclaimer of the built-in audience of its style")
                .isEqualTo("Before you act on this");
        assertThat(caregiver.selectFirst("script[type=application/ld+json]").data())
                .contains("{\"@type\":\"Audience\",\"audienceType\":\"Caregiver\"}");
    }

    @Test
    void aClinicalSystemsInfobuttonStillOpensTheVersionsItOpenedBefore() {
        String query = "/infobutton?mainSearchCriteria.v.c=M54.50&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90"
                + "&informationRecipient=";

        assertThat(http.get(query + "PROV").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("?audience=clinician"));
        assertThat(http.get(query + "PAT").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("?audience=patient"));
    }

    @Test
    void theClinicianVersionCarriesTheHospitalsLabelAndTheSchemaOrgAudience() {
        Document page = http.page("/articles/" + SLUG + "?audience=clinician");

        assertThat(page.selectFirst("#audience-active strong").text()).isEqualTo("Doctor or nurse");
        assertThat(page.selectFirst("script[type=application/ld+json]").data())
                .contains("\"medicalAudience\":{\"@type\":\"MedicalAudience\",\"audienceType\":\"Clinician\"}");
    }
}

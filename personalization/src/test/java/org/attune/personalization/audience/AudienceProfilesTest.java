package org.attune.personalization.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class AudienceProfilesTest {

    @Test
    void builtInOffersPatientClinicianStudentNamedByTheApplication() {
        AudienceProfiles profiles = AudienceProfiles.builtIn();

        assertThat(profiles.all()).extracting(AudienceProfile::id).containsExactly("patient", "clinician", "student");
        assertThat(profiles.get("patient").style()).isEqualTo(RewriteStyle.PLAIN);
        assertThat(profiles.get("student").style()).isEqualTo(RewriteStyle.DEFINE);
        assertThat(profiles.get("clinician").style()).isEqualTo(RewriteStyle.AS_AUTHORED);
        assertThat(profiles.all()).noneMatch(AudienceProfile::hasOwnLabel);
        assertThat(profiles.byId("nurse")).isEmpty();
    }

    @Test
    void whatDiffersPerAudienceIsAPropertyOfTheProfile() {
        AudienceProfiles profiles = AudienceProfiles.builtIn();

        assertThat(profiles.all())
                .filteredOn(AudienceProfile::definesTerms)
                .extracting(AudienceProfile::id)
                .containsExactly("student");
        assertThat(profiles.all())
                .filteredOn(AudienceProfile::listsKeyTerms)
                .extracting(AudienceProfile::id)
                .containsExactly("student");
        assertThat(profiles.get("patient").schemaAudience())
                .isEqualTo(new SchemaAudience("MedicalAudience", "Patient"));
        assertThat(profiles.get("student").schemaAudience().isMedical()).isFalse();
    }

    @Test
    void aHospitalCanRelabelReorderAndDropAudiences() throws Exception {
        AudienceProfiles own = AudienceProfiles.load(
                "ours.tsv",
                new StringReader("# ours\n"
                        + "clinician\tas-authored\tMedicalAudience:Clinician\tDoctor or nurse\tAs written.\n"
                        + "patient\tplain\tMedicalAudience:Patient\n"));

        assertThat(own.all()).extracting(AudienceProfile::id).containsExactly("clinician", "patient");
        assertThat(own.get("clinician").label()).isEqualTo("Doctor or nurse");
        assertThat(own.get("patient").hasOwnLabel()).isFalse();
        assertThat(own.byId("student")).isEmpty();
    }

    @Test
    void aHospitalCanAddItsOwnAudienceAndSayWhichInfobuttonRecipientItAnswers() throws Exception {
        AudienceProfiles own = AudienceProfiles.load(
                "ours.tsv",
                new StringReader("patient\tplain\tMedicalAudience:Patient\n"
                        + "caregiver\tplain\tMedicalAudience:Caregiver\tFamily carer\tFor those who care for a patient."
                        + "\tinformationRecipient=PAT, payor\n"
                        + "clinician\tas-authored\tMedicalAudience:Clinician\tinformationRecipient=PROV\n"));

        assertThat(own.all()).extracting(AudienceProfile::id).containsExactly("patient", "caregiver", "clinician");
        assertThat(own.get("caregiver").label()).isEqualTo("Family carer");
        assertThat(own.get("caregiver").readsPlainLanguage()).isTrue();
        assertThat(own.answering("pat")).map(AudienceProfile::id).contains("caregiver");
        assertThat(own.answering("PAYOR")).map(AudienceProfile::id).contains("caregiver");
        assertThat(own.answering("PROV")).map(AudienceProfile::id).contains("clinician");
        assertThat(own.get("patient").recipients())
                .as("the file names recipients, so only its own count")
                .isEmpty();
    }

    @Test
    void aFileWrittenBeforeRecipientsKeepsTheBuiltInInfobuttonAnswers() throws Exception {
        assertThat(AudienceProfiles.builtIn().answering("PAT"))
                .map(AudienceProfile::id)
                .contains("patient");
        assertThat(AudienceProfiles.builtIn().answering("PROV"))
                .map(AudienceProfile::id)
                .contains("clinician");

        AudienceProfiles old = AudienceProfiles.load(
                "old.tsv",
                new StringReader("clinician\tas-authored\tMedicalAudience:Clinician\tDoctor or nurse\tAs written.\n"
                        + "caregiver\tplain\tMedicalAudience:Caregiver\tFamily carer\tFor carers.\n"));

        assertThat(old.answering("PROV")).map(AudienceProfile::id).contains("clinician");
        assertThat(old.answering("PAT")).as("no patient audience in the file").isEmpty();
        assertThat(old.recipients()).containsExactly("PROV");
    }

    @Test
    void badFilesAreRejectedWithTheLine() {
        assertThatThrownBy(() -> AudienceProfiles.load("x.tsv", new StringReader("patient\tplain\n")))
                .hasMessageStartingWith("x.tsv:1:");
        assertThatThrownBy(() ->
                        AudienceProfiles.load("x.tsv", new StringReader("\nNurse\tplain\tMedicalAudience:Nurse\n")))
                .hasMessageStartingWith("x.tsv:2: malformed audience id 'Nurse'");
        assertThatThrownBy(() ->
                        AudienceProfiles.load("x.tsv", new StringReader("patient\tsimple\tMedicalAudience:Patient\n")))
                .hasMessageContaining("unknown rewrite style");
        assertThatThrownBy(() -> AudienceProfiles.load("x.tsv", new StringReader("patient\tplain\tPatient\n")))
                .hasMessageStartingWith("x.tsv:1: schema.org audience must be Type:audienceType");
        assertThatThrownBy(() -> AudienceProfiles.load(
                        "x.tsv", new StringReader("patient\tplain\tMedicalAudience:Patient\tP\t \n")))
                .hasMessageStartingWith("x.tsv:1: audience patient: label and description must not be blank");
        assertThatThrownBy(() -> AudienceProfiles.load(
                        "x.tsv",
                        new StringReader("patient\tplain\tMedicalAudience:Patient\tinformationRecipient=PAT\n"
                                + "caregiver\tplain\tAudience:Carer\tC\tD\tinformationRecipient=PAT\n")))
                .hasMessage("x.tsv: informationRecipient PAT is answered by both patient and caregiver");
        assertThatThrownBy(() -> AudienceProfiles.load(
                        "x.tsv",
                        new StringReader("patient\tplain\tMedicalAudience:Patient\tinformationRecipient=P-1\n")))
                .hasMessageStartingWith(
                        "x.tsv:1: audience patient: informationRecipient code 'P-1' is not an HL7 code");
    }
}

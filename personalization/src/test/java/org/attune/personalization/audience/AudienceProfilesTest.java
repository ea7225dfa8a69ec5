package org.attune.personalization.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class AudienceProfilesTest {

    @Test
    void builtInOffersPatientClinicianStudentWithLabelsAndDescriptions() {
        AudienceProfiles profiles = AudienceProfiles.builtIn();
        assertThat(profiles.all()).extracting(AudienceProfile::id).containsExactly("patient", "clinician", "student");
        assertThat(profiles.get("patient").style()).isEqualTo(RewriteStyle.PLAIN);
        assertThat(profiles.get("student").style()).isEqualTo(RewriteStyle.DEFINE);
        assertThat(profiles.get("clinician").style()).isEqualTo(RewriteStyle.AS_AUTHORED);
        assertThat(profiles.all()).allSatisfy(p -> {
            assertThat(p.label()).isNotBlank();
            assertThat(p.description()).isNotBlank();
        });
        assertThat(profiles.byId("nurse")).isEmpty();
    }

    @Test
    void aHospitalCanRelabelAndDropAudiences() throws Exception {
        AudienceProfiles own = AudienceProfiles.load("ours.tsv",
                new StringReader("# ours\nclinician\tas-authored\tDoctor or nurse\tAs written.\n"
                        + "patient\tplain\tPatient\tEveryday words.\n"));
        assertThat(own.all()).extracting(AudienceProfile::label).containsExactly("Doctor or nurse", "Patient");
        assertThat(own.byId("student")).isEmpty();
    }

    @Test
    void badFilesAreRejectedWithTheLine() {
        assertThatThrownBy(() -> AudienceProfiles.load("x.tsv", new StringReader("patient\tplain\tP\n")))
                .hasMessageStartingWith("x.tsv:1:");
        assertThatThrownBy(() -> AudienceProfiles.load("x.tsv", new StringReader("\nnurse\tplain\tN\tD\n")))
                .hasMessageStartingWith("x.tsv:2: unknown audience id 'nurse'");
        assertThatThrownBy(() -> AudienceProfiles.load("x.tsv", new StringReader("patient\tsimple\tP\tD\n")))
                .hasMessageContaining("unknown rewrite style");
    }
}

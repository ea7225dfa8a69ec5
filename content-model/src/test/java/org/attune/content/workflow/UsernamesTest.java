package org.attune.content.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"dirmax", "DIRMAX", "DirMax", " dirmax ", "\tDirMax\n", "ｄｉｒｍａｘ", "ＤＩＲＭＡＸ", "　dirmax　"})
    void everySpellingThatSignsInAsOneAccountIsOnePerson(String typed) {
        assertThat(Usernames.normalise(typed)).isEqualTo("dirmax");
        assertThat(Usernames.samePerson(typed, "dirmax")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"dr.okoye, dr.okoye", "Dr.Okoye@Hospital.Example, dr.okoye@hospital.example", "Ärztin.Öz, ärztin.öz"})
    void namesKeepTheirCharactersOtherThanCase(String typed, String normal) {
        assertThat(Usernames.normalise(typed)).isEqualTo(normal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"İstanbul", "ǅemal", "ＤＩＲＭＡＸ", "Straße", "ﬁona"})
    void aNormalNameIsItsOwnNormalForm(String typed) {
        String normal = Usernames.normalise(typed);

        assertThat(Usernames.normalise(normal)).isEqualTo(normal);
    }

    @ParameterizedTest
    @CsvSource({"dirmax, dirmax2", "ana, anna", "dr.okoye, dr_okoye"})
    void differentNamesStayDifferentPeople(String one, String other) {
        assertThat(Usernames.samePerson(one, other)).isFalse();
    }
}

package org.attune.personalization.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plurals of glossary wordings as a patient reads them in a sentence. */
class InflectionTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the head noun, not the last word
                "loss of fitness | losses of fitness",
                "illness caused by germs | illnesses caused by germs",
                "change in color | changes in color",
                "vaccine still being tested | vaccines still being tested",
                "treatment for loss of fitness | treatments for loss of fitness",
                // the verb of a relative clause agrees with its plural head
                "drug that fights viruses | drugs that fight viruses",
                "doctor who treats allergies | doctors who treat allergies",
                "drug that helps you breathe easier | drugs that help you breathe easier",
                "device that carries a charge | devices that carry a charge",
                "test that is safe | tests that are safe",
                "talking treatment that changes unhelpful thoughts and habits"
                        + " | talking treatments that change unhelpful thoughts and habits",
                // "something bad" is a pronoun with an adjective: its plural is "bad things"
                "something bad that happens | bad things that happen",
                // words that are plural already, and irregular plurals
                "germs | germs",
                "brittle bones | brittle bones",
                "back teeth | back teeth",
                "tooth | teeth",
                "child | children",
                // singulars ending in s
                "illness | illnesses",
                "virus | viruses",
                "diagnosis | diagnoses",
                // no noun phrase, no plural
                "how well the body works | how well the body works",
                "on the skin | on the skin",
                "related to the lungs | related to the lungs",
                "likely to get | likely to get",
                // unchanged rules
                "flare-up | flare-ups",
                "type of treatment | types of treatment",
                "likely course | likely courses",
                // a last word with no plural: particle, adjective, acronym ending in S
                "feeling tired all over | feeling tired all over",
                "breathing in | breathing in",
                "trouble breathing | trouble breathing",
                "skin swelling | skin swelling",
                "swelling | swellings",
                "finding | findings",
                "dangerous | dangerous",
                "painless | painless",
                "harmful | harmful",
                "handful | handfuls",
                "AIDS | AIDS",
                "TENS | TENS",
                "IUD | IUDs",
                "bus | buses",
                "stress | stresses",
                "therapy | therapies",
            })
    void pluralOfAPhraseInflectsItsHeadAndAgreesItsVerb(String singular, String plural) {
        assertThat(Inflection.pluralOfPhrase(singular)).isEqualTo(plural);
    }
}

package org.attune.personalization.plain;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.personalization.rewrite.PlainedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a patient reads after the plain-language rules, sentence by sentence. */
class PlainLanguageTest {

    private static final PlainLanguage RULES = PlainLanguage.builtIn();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Heat reduced pain; exercise improved function. | Heat reduced pain. Exercise improved function.
            Heat reduced pain, and exercise improved function [2]. | Heat reduced pain. Exercise improved function [2].
            Heat reduced pain [1], but exercise did not help [2]. | Heat reduced pain [1]. But exercise did not help [2].
            Heat reduced pain, while rest did not change it. | Heat reduced pain. Rest did not change it.
            The review included 12 trials, which enrolled 3008 people. | The review included 12 trials. These enrolled 3008 people.
            The review found one trial, which was small. | The review found one trial. This was small.
            The advice was clear: patients should stay active. | The advice was clear. Patients should stay active.
            Exercise lowers pain, although the gain in function is smaller. | Exercise lowers pain. But the gain in function is smaller.
            Rehab achieves more, so the programs can be kept for a few. | Rehab achieves more. So the programs can be kept for a few.
            Trials compared heat with rest, which suggests a small benefit. | Trials compared heat with rest. This suggests a small benefit.
            Heat can be paired with exercise; in one trial, it gave more benefit. | Heat can be paired with exercise. In one trial, it gave more benefit.
            Exercise can reduce pain, even though the problem remains far from solved. | Exercise can reduce pain. But the problem remains far from solved.
            Patients train the muscles that support the spine, which addresses poor movement. | Patients train the muscles that support the spine. This addresses poor movement.
            Doctors advise against belts and braces, which show no clear benefits. | Doctors advise against belts and braces. These show no clear benefits.
            Bed rest should not be prescribed, because it causes loss of fitness [3]. | Bed rest should not be prescribed. This is because it causes loss of fitness [3].
            Scans should not delay exercise, because for nonspecific pain these do not improve outcomes. | Scans should not delay exercise. This is because for nonspecific pain these do not improve outcomes.
            Ultrasound should not be the whole plan, since ultrasound produces results no different from sham. | Ultrasound should not be the whole plan. This is because ultrasound produces results no different from sham.
            The aim is to keep patients active, since that decline makes outcomes worse. | The aim is to keep patients active. This is because that decline makes outcomes worse.
            Pain improves by a small amount, and most patients still have some pain. | Pain improves by a small amount. Most patients still have some pain.
            Because it offers other ways to control pain, therapy lessens reliance on opioids. | Therapy lessens reliance on opioids. This is because it offers other ways to control pain.
            Heat helps. Because most patients improve over time, guidelines recommend heat first [1, 2]. | Heat helps. Guidelines recommend heat first. This is because most patients improve over time [1, 2].
            Because exercise reduced pain, trials found a benefit, which lasted a year | Trials found a benefit. This lasted a year. This is because exercise reduced pain.
            The guideline recommends starting with drug-free treatment such as heat, massage or acupuncture [1]. | The guideline recommends starting with drug-free treatment. Examples are heat, massage or acupuncture [1].
            For long-term pain, doctors advise other kinds of treatment, such as exercise and yoga. | For long-term pain, doctors advise other kinds of treatment. Examples are exercise and yoga.
            """)
    void splitsIndependentClauses(String source, String expected) {
        assertThat(RULES.apply(source).text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Neither heat nor cold reduced pain, and neither improved function.
            It is not heat, but exercise that helps.
            Patients had back pain, neck pain, and headache.
            Therapy serves as a first treatment, with the aim of reducing pain through exercise, and education to restore mobility.
            Exercise reduced pain, and improved function.
            Exercise, which is safe, reduces pain.
            Heat reduced pain at 2 to 18 months; at 1 year.
            The outcomes were: pain, function and quality of life.
            Exercise helped (those who rested, and those who did not, were compared).
            Trials reported harms; see the table.
            Exercise did not help, because of the small number of trials.
            Pain has improved, since the trial started.
            Pain improved, since the trial ended in 2019.
            Exercise helped, and most importantly it was safe.
            Because of the cost, few patients were treated.
            Because heat did not help, patients stopped.
            Because patients may improve anyway, doctors wait.
            Because 12 trials found no benefit, the guideline advises against it.
            Because the trials [2] were small, the evidence is weak [3].
            If drug treatment is wanted, painkillers such as ibuprofen are the usual choice.
            Passive treatments such as ultrasound or belts should not make up the whole plan.
            Doctors advise drug-free treatment such as heat.
            Heat helps some, such as A or B.
            Because Exercise Exercise , [1] . Because
            """)
    void leavesSentencesWhoseClausesCannotStandAlone(String source) {
        assertThat(RULES.apply(source).text()).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Exercise reduced pain (SMD −0.31, 95% CI −0.45 to −0.17; 3008 participants; 12 studies). | Exercise reduced pain (3008 people; 12 studies). | standardised mean difference: SMD −0.31, 95% CI −0.45 to −0.17
            Pain fell more with heat (p < 0.001) than with rest. | Pain fell more with heat than with rest. | p-value: p < 0.001
            Heterogeneity was moderate, I² = 45%. | Heterogeneity was moderate. | how much the studies differed: I² = 45%
            Heat may reduce pain (RR 0.73, 95% CI 0.65 to 0.81; low-certainty evidence). | Heat may reduce pain. Our confidence in this evidence is limited. | risk ratio: RR 0.73, 95% CI 0.65 to 0.81
            Heat did not help (RR 1.02; not significant). | Heat did not help (not significant). | risk ratio: RR 1.02
            Heat may help (MD 5 points; may be uncertain). | Heat may help (may be uncertain). | mean difference: MD 5 points
            Side effects were more common with the drug (18% versus 9%). | Side effects were more common with the drug (18% versus 9%). |
            """)
    void movesParentheticalStatisticsIntoTheNumbers(String source, String text, String numbers) {
        PlainedText out = RULES.apply(source);
        assertThat(out.text()).isEqualTo(text);
        if (numbers == null) {
            assertThat(out.numbers())
                    .as("counts and percentages stay in the text")
                    .isEmpty();
        } else {
            assertThat(out.numbers()).containsExactly(numbers);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pain was rated on a scale (0 to 10).
            Heat helped (2 to 18 months after the start).
            Heat helped (12 trials [3]).
            (p < 0.001)
            Heterogeneity was high, I² = 45% and 10 points were lost.
            """)
    void keepsParenthesesThatAreNotStatisticsOrCarryMeaning(String source) {
        PlainedText out = RULES.apply(source);
        assertThat(out.text()).isEqualTo(source);
        assertThat(out.numbers()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trials utilized heat in order to reduce pain. | Trials used heat to reduce pain.
            Approximately 30% of patients improved. | About 30% of patients improved.
            Pain subsequently returned in an additional 10 patients. | Pain later returned in another 10 patients.
            The magnitude of the effect was comparable to an optimal dose. | The size of the effect was similar to a best dose.
            The review demonstrates that heat works. | The review shows that heat works.
            In 2 trials with 258 participants, pain fell immediately after treatment. | In 2 trials with 258 people, pain fell right after treatment.
            Heat provides relief together with exercise, relative to rest. | Heat gives relief with exercise, compared with rest.
            Loss of sensation was one component of the harm. | Loss of feeling was one part of the harm.
            """)
    void replacesAcademicWordsByPlainOnes(String source, String expected) {
        assertThat(RULES.apply(source).text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Heat helped 10 points in order to 12 points. | Heat helped 10 points in order to 12 points.
            Do not utilize heat without advice. | Do not use heat without advice.
            """)
    void neverJoinsNumbersIntoARangeAndKeepsNegations(String source, String expected) {
        assertThat(RULES.apply(source).text()).isEqualTo(expected);
    }
}

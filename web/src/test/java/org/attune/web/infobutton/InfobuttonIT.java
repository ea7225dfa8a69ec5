package org.attune.web.infobutton;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.attune.web.DeployedAttune;
import org.attune.web.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An electronic health record's infobutton asking Attune by code (HL7 URL-based Infobutton), on Payara Micro with
 * the demo articles: ICD-10-CM and SNOMED CT codes, patient and provider recipients, the display-name fallback, a
 * code nothing answers, and malformed requests.
 */
@ExtendWith(ArquillianExtension.class)
class InfobuttonIT extends DeployedAttune {

    static final String ICD_10_CM = "2.16.840.1.113883.6.90";
    static final String SNOMED_CT = "2.16.840.1.113883.6.96";
    static final String BACK_PAIN_PT = "physical-therapy-for-chronic-back-pain";
    static final String HEAT = "heat-therapy-for-low-back-pain";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attuneWar();
    }

    @Test
    void aPatientsLowBackPainCodeOpensThePatientVersion() {
        assertRedirect(
                "/infobutton?mainSearchCriteria.v.c=M54.50&mainSearchCriteria.v.cs=" + ICD_10_CM
                        + "&informationRecipient=PAT",
                303,
                "/articles/" + BACK_PAIN_PT + "?audience=patient");
    }

    @Test
    void aProviderGetsTheClinicianVersion() {
        assertRedirect(
                "/infobutton?mainSearchCriteria.v.c=M54.50&mainSearchCriteria.v.cs=" + ICD_10_CM
                        + "&informationRecipient=PROV",
                303,
                "/articles/" + BACK_PAIN_PT + "?audience=clinician");
    }

    @Test
    void anAtomFeedListsEveryArticleAnsweringTheCodeExactMatchesFirst() throws Exception {
        HttpResponse<String> feed = http.get("/infobutton?mainSearchCriteria.v.c=M54.5&mainSearchCriteria.v.cs="
                + ICD_10_CM + "&informationRecipient=PAT&knowledgeResponseType=text/xml");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var atom = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        NodeList links = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            hrefs.add(((Element) links.item(i)).getAttribute("href"));
        }
        assertThat(hrefs)
                .as("M54.5 is answered by both articles coded M54.50 (ICD-10-CM is hierarchical)")
                .containsExactlyInAnyOrder(
                        "/attune/articles/" + BACK_PAIN_PT + "?audience=patient",
                        "/attune/articles/" + HEAT + "?audience=patient");
        assertThat(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary")
                        .item(0)
                        .getTextContent())
                .as("the bottom line in the patient's words")
                .isNotBlank();
    }

    @Test
    void theFeedStaysWellFormedXmlWhateverControlCharactersTheRequestCarries() throws Exception {
        String name = "superficial\u0001heat\u001f\ufffe";
        HttpResponse<String> feed = http.get("/infobutton?mainSearchCriteria.v.dn="
                + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&knowledgeResponseType=text/xml");

        assertThat(feed.statusCode()).isEqualTo(200);
        var atom = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(atom.getElementsByTagName("title").item(0).getTextContent())
                .contains("superficialheat")
                .doesNotContain("\u0001");
    }

    @Test
    void aSnomedCodeFindsTheArticleCodedWithIt() {
        JsonArray entries = jsonEntries("mainSearchCriteria.v.c=278860009&mainSearchCriteria.v.cs=" + SNOMED_CT
                + "&informationRecipient=PROV&knowledgeResponseType=application/json");

        assertThat(entries).hasSize(1);
        assertThat(entries.getJsonObject(0)
                        .getJsonArray("link")
                        .getJsonObject(0)
                        .getString("href"))
                .endsWith("/articles/" + BACK_PAIN_PT + "?audience=clinician");
        assertThat(entries.getJsonObject(0).getString("title")).contains("physical therapy");
    }

    @Test
    void theDisplayNameIsSearchedWithItsSynonymsWhenNoArticleCarriesTheCode() {
        JsonArray byName = jsonEntries("mainSearchCriteria.v.c=M54.9&mainSearchCriteria.v.cs=" + ICD_10_CM
                + "&mainSearchCriteria.v.dn=" + URLEncoder.encode("Physiotherapy", StandardCharsets.UTF_8)
                + "&knowledgeResponseType=application/json");

        assertThat(byName).isNotEmpty();
        assertThat(byName.getJsonObject(0).getString("id")).contains(BACK_PAIN_PT);
        assertThat(jsonEntries("mainSearchCriteria.v.dn=superficial+heat&knowledgeResponseType=application/json")
                        .getJsonObject(0)
                        .getString("id"))
                .as("a display name alone")
                .contains(HEAT);
    }

    @Test
    void aCodeNothingAnswersIsAnEmptyFeedNotAnError() {
        assertThat(jsonEntries("mainSearchCriteria.v.c=R51.9&mainSearchCriteria.v.cs=" + ICD_10_CM
                        + "&knowledgeResponseType=application/json"))
                .isEmpty();
        assertThat(http.get("/infobutton?mainSearchCriteria.v.c=R51.9&mainSearchCriteria.v.cs=" + ICD_10_CM
                                + "&knowledgeResponseType=text/xml")
                        .body())
                .contains("<feed")
                .doesNotContain("<entry");
    }

    @Test
    void malformedRequestsAreTold400WhatWasExpected() {
        assertBadRequest("", "mainSearchCriteria.v.c");
        assertBadRequest("mainSearchCriteria.v.c=M54.50", "mainSearchCriteria.v.cs");
        assertBadRequest("mainSearchCriteria.v.c=M54.50&mainSearchCriteria.v.cs=2.16.840.1.113883.6.103", ICD_10_CM);
        assertBadRequest("mainSearchCriteria.v.c=back%20pain&mainSearchCriteria.v.cs=" + ICD_10_CM, "not a valid");
        assertBadRequest(
                "mainSearchCriteria.v.c=M54.50&mainSearchCriteria.v.cs=" + ICD_10_CM + "&informationRecipient=DOC",
                "PAT");
        assertBadRequest(
                "mainSearchCriteria.v.c=M54.50&mainSearchCriteria.v.cs=" + ICD_10_CM
                        + "&knowledgeResponseType=image/png",
                "text/xml");
    }

    private void assertBadRequest(String query, String expectedMention) {
        HttpResponse<String> answer = http.get("/infobutton?" + query);
        assertThat(answer.statusCode()).as(query).isEqualTo(400);
        assertThat(answer.body()).as(query).contains(expectedMention);
    }

    private JsonArray jsonEntries(String query) {
        HttpResponse<String> answer = http.get("/infobutton?" + query);
        assertThat(answer.statusCode()).as(query).isEqualTo(200);
        JsonObject feed = Json.createReader(new java.io.StringReader(answer.body()))
                .readObject()
                .getJsonObject("feed");
        return feed.getJsonArray("entry");
    }
}

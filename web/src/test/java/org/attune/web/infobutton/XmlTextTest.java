package org.attune.web.infobutton;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;

import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class XmlTextTest {

    @Test
    void charactersXmlCannotCarryAreLeftOutAndEverythingElseIsKept() {
        assertThat(XmlText.of("a\u0001b\u001fc\ufffed\uffff")).isEqualTo("abcd");
        assertThat(XmlText.of("tab\tline\ncarriage\r")).isEqualTo("tab\tline\ncarriage\r");
        assertThat(XmlText.of("\u00e9t\u00e9 \ud83d\ude00 <&>")).isEqualTo("\u00e9t\u00e9 \ud83d\ude00 <&>");
        assertThat(XmlText.of("lone \ud83d surrogate")).isEqualTo("lone  surrogate");
        assertThat(XmlText.of(null)).isEmpty();
    }

    @Test
    void whatItKeepsMakesAWellFormedDocument() throws Exception {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument();
        xml.writeStartElement("title");
        xml.writeCharacters(XmlText.of("Heat\u0000 \u0008wraps\ufffe"));
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();

        var parsed = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new java.io.StringReader(out.toString())));

        assertThat(parsed.getDocumentElement().getTextContent()).isEqualTo("Heat wraps");
    }
}

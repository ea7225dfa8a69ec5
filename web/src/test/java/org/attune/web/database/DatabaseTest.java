package org.attune.web.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

/** Every part of Attune uses the one data source that {@link Database#JNDI_NAME} names. */
class DatabaseTest {

    @Test
    void thePersistenceUnitUsesTheSameDataSourceAsEveryLookup() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream persistenceXml = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            String jtaDataSource = factory.newDocumentBuilder()
                    .parse(persistenceXml)
                    .getElementsByTagNameNS("*", "jta-data-source")
                    .item(0)
                    .getTextContent()
                    .strip();

            assertThat(jtaDataSource).isEqualTo(Database.JNDI_NAME);
        }
    }
}

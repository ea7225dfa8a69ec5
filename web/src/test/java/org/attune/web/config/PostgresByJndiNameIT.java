package org.attune.web.config;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** Attune on PostgreSQL through the hospital's own JDBC resource in Payara: {@code ATTUNE_DATASOURCE_JNDI}. */
@ExtendWith({PostgresqlByJndiName.class, ArquillianExtension.class})
class PostgresByJndiNameIT extends AttuneOnPostgresql {}

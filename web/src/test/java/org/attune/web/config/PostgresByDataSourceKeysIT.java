package org.attune.web.config;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** Attune on PostgreSQL through its own data source: {@code ATTUNE_DATASOURCE_CLASS}, {@code _URL}, {@code _USER}. */
@ExtendWith({PostgresqlByDataSourceKeys.class, ArquillianExtension.class})
class PostgresByDataSourceKeysIT extends AttuneOnPostgresql {}

/**
 * Deployment wiring: the data source (whose URL and credentials come from MicroProfile Config), schema migration
 * and demo content at start-up, and the one Thymeleaf template engine.
 */
package org.attune.web.config;

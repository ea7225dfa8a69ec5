package org.attune.web.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.Readiness;

/** Ready only once the personalization engine is built with its glossaries (and the database answers). */
@Readiness
@ApplicationScoped
public class EngineReadiness extends PersonalizationEngineCheck {}

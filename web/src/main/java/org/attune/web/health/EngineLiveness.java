package org.attune.web.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.Liveness;

/** Alive while the personalization engine is built with its glossaries. */
@Liveness
@ApplicationScoped
public class EngineLiveness extends PersonalizationEngineCheck {}

package org.attune.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The API, under {@code /api/v1}: JSON for scripts and a hospital's own tools, signed in with HTTP Basic, errors as
 * RFC 9457 problem details.
 */
@ApplicationPath("/api/v1")
public class AttuneApi extends Application {}

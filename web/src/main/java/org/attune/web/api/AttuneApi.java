package org.attune.web.api;

import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The API, under {@code /api/v1}: JSON for scripts and a hospital's own tools, signed in with HTTP Basic or an API token, errors as
 * RFC 9457 problem details.
 *
 * <p>Its classes are named here rather than found by scanning the archive: a CI run once saw every {@code /api/v1}
 * address answer 404 for a whole boot of Payara Micro while the readers' pages answered (Payara has had reports of
 * JAX-RS resources nondeterministically missing after a scan), and a list cannot come out different on another boot.
 * A new resource or provider is added here.
 */
@ApplicationPath("/api/v1")
public class AttuneApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ArticlesResource.class, UsersResource.class, TokensResource.class, ProblemMapper.class);
    }

    /**
     * Jersey's (Payara's JAX-RS) own switches, by name so that nothing here depends on Jersey: no generated WADL
     * ({@code /api/v1/application.wadl} would show anyone the Jersey version and every resource), and a
     * {@code Location} kept as the API gives it, not made absolute from the request's {@code Host} header.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.headers.location.relative.resolution.disabled", true);
    }
}

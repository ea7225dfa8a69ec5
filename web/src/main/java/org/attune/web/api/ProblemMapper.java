package org.attune.web.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every failure of an API call as problem details: the problems the API raises as they are, JAX-RS's own (404,
 * 405, 415…) with their status, anything unexpected as a 500 whose cause goes to the log only.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        Problem problem;
        if (failure instanceof ProblemException p) {
            problem = p.problem();
        } else if (failure instanceof WebApplicationException w) {
            Response.StatusType status = w.getResponse().getStatusInfo();
            problem = new Problem(status.getStatusCode(), status.getReasonPhrase(), null);
        } else {
            LOG.log(Level.SEVERE, "API call failed", failure);
            problem = new Problem(500, "Internal Server Error", "the server could not complete the request");
        }
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(problem.toJson());
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"Attune\", charset=\"UTF-8\"");
        }
        return response.build();
    }
}

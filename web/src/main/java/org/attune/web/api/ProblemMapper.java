package org.attune.web.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.attune.content.workflow.WorkflowException;
import org.attune.web.error.Causes;
import org.attune.web.error.Problem;
import org.attune.web.publishing.LostRace;
import org.attune.web.publishing.NoSuchArticleException;
import org.attune.web.publishing.StaleRevisionException;

/**
 * Every failure of an API call as problem details: the problems the API raises as they are, JAX-RS's own (404,
 * 405, 415…) with their status, anything unexpected as a 500 whose cause goes to the log only.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = known(thrown);
        Problem problem;
        if (failure instanceof ProblemException p) {
            problem = p.problem();
        } else if (failure instanceof WorkflowException w) {
            problem = switch (w.reason()) {
                case ILLEGAL_MOVE -> new Problem(409, "Conflict", w.getMessage());
                case NOT_ALLOWED -> new Problem(403, "Forbidden", w.getMessage());
                case INCOMPLETE -> new Problem(400, "Bad Request", w.getMessage());
            };
        } else if (failure instanceof NoSuchArticleException) {
            problem = new Problem(404, "Not Found", failure.getMessage());
        } else if (failure instanceof StaleRevisionException) {
            problem = new Problem(
                    412,
                    "Precondition Failed",
                    "the article changed since you read it; nothing was overwritten: GET its source again");
        } else if (LostRace.explains(failure)) {
            problem = new Problem(
                    409, "Conflict", "someone else changed the same thing at the same moment; nothing was done");
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
            response.header("WWW-Authenticate", "Bearer realm=\"Attune\"");
        }
        return response.build();
    }

    /** The failure the API knows how to explain, even when a transaction or the container wrapped it. */
    private static Throwable known(Throwable thrown) {
        return Causes.of(thrown)
                .filter(t -> t instanceof ProblemException
                        || t instanceof WorkflowException
                        || t instanceof NoSuchArticleException
                        || t instanceof StaleRevisionException
                        || t instanceof WebApplicationException)
                .findFirst()
                .orElse(thrown);
    }
}

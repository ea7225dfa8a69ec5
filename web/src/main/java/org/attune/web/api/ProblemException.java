package org.attune.web.api;

import org.attune.web.error.Problem;

/** Ends an API call with a problem-details response. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(int status, String title, String detail) {
        super(detail);
        this.problem = new Problem(status, title, detail);
    }

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException unauthorized() {
        return new ProblemException(
                401,
                "Unauthorized",
                "sign in with HTTP Basic (an Attune account) or an API token (Authorization: Bearer)");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail);
    }
}

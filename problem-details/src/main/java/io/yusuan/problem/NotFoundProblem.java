package io.yusuan.problem;

/** A resource named by the request does not exist: 404. */
public class NotFoundProblem extends ProblemException {

    public NotFoundProblem(String detail) {
        super(404, "not-found", "Not found", detail);
    }
}

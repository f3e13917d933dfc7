package io.yusuan.problem;

import java.util.List;

/**
 * A failure a client can act on. Services throw subclasses naming their own problem types; the
 * one mapper in {@link ProblemExceptionMappers} turns each into problem+json.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    /**
     * @param status HTTP status, 4xx or 503
     * @param typeSlug last segment of the problem type URI, e.g. {@code not-found}
     * @param title stable short summary of the kind of problem
     * @param detail what went wrong in this request
     * @param errors every field at fault; may be empty
     */
    public ProblemException(int status, String typeSlug, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = Problem.TYPE_BASE + typeSlug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(int status, String typeSlug, String title, String detail) {
        this(status, typeSlug, title, detail, List.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The problem this failure answers with, for the request path {@code instance}. */
    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }
}

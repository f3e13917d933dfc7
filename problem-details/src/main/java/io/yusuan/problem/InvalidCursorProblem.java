package io.yusuan.problem;

import java.util.List;

/** A paging cursor the service did not issue (or that was altered): 400, naming the {@code cursor} parameter. */
public class InvalidCursorProblem extends ProblemException {

    public InvalidCursorProblem() {
        super(400, "invalid-request", "Invalid request",
                "The cursor is not one this service issued; pass back the `next` value of the previous page.",
                List.of(new FieldError("cursor", "INVALID_CURSOR", "not a cursor issued by this service")));
    }
}

package io.yusuan.catalog.load;

import io.yusuan.problem.FieldError;
import io.yusuan.problem.ProblemException;
import java.util.List;

/** A code list that cannot be loaded as it stands; nothing of it was written. */
public class CodeListRejected extends ProblemException {

    public CodeListRejected(String detail, List<FieldError> errors) {
        super(422, "code-list-rejected", "Code list rejected", detail, errors);
    }
}

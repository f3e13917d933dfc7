package io.yusuan.catalog.correspondence;

import io.yusuan.problem.FieldError;
import io.yusuan.problem.ProblemException;
import java.util.List;

/** A 对照表 that cannot be loaded as it stands; nothing of it was written. */
public class CorrespondenceRejected extends ProblemException {

    public CorrespondenceRejected(String detail, List<FieldError> errors) {
        super(422, "correspondence-rejected", "对照表 rejected", detail, errors);
    }
}

package io.yusuan.budget.load;

import io.yusuan.problem.FieldError;
import io.yusuan.problem.ProblemException;
import java.util.List;

/** A budget package that breaks the rules: 422 listing every fault; nothing was stored. */
public class PackageRejected extends ProblemException {

    public PackageRejected(String detail, List<FieldError> errors) {
        super(422, "package-rejected", "Budget package rejected", detail, errors);
    }
}

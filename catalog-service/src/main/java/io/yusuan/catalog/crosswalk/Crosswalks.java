package io.yusuan.catalog.crosswalk;

import io.yusuan.catalog.code.CodeListCache;
import io.yusuan.problem.FieldError;
import io.yusuan.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Crosswalks between loaded years of a scheme. */
@ApplicationScoped
public class Crosswalks {

    private final CodeListCache lists;
    private final CrosswalkChangeRepository declared;

    public Crosswalks(CodeListCache lists, CrosswalkChangeRepository declared) {
        this.lists = lists;
        this.declared = declared;
    }

    public CrosswalkView changes(String scheme, int from, int to) {
        return new CrosswalkView(scheme, from, to, between(scheme, from, to).changes());
    }

    public RestateResult restate(String scheme, int from, int to, List<String> codes) {
        Crosswalk crosswalk = between(scheme, from, to);
        return new RestateResult(scheme, from, to, codes.stream().map(crosswalk::restate).toList());
    }

    private Crosswalk between(String scheme, int from, int to) {
        if (from >= to) {
            throw new ProblemException(400, "invalid-request", "Invalid request",
                    "A crosswalk runs from an earlier year to a later one; from=" + from + ", to=" + to + ".",
                    List.of(new FieldError("to", "NOT_LATER", "must be later than from")));
        }
        return new Crosswalk(lists.get(scheme, from), lists.get(scheme, to), declared.between(scheme, from, to));
    }
}

package io.yusuan.catalog.code;

import io.yusuan.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** What can be asked of one scheme's code list for one year. */
@ApplicationScoped
public class CodeCatalog {

    private final CodeListCache lists;
    private final CodeRepository codes;

    public CodeCatalog(CodeListCache lists, CodeRepository codes) {
        this.lists = lists;
        this.codes = codes;
    }

    /**
     * The codes a query selects: the page from {@code cursor} at once (an unknown parent or a cursor not issued
     * here fails now, before any answer is written), every one of them only when an export asks.
     */
    public CodeSelection select(String scheme, int year, CodeQuery query, String cursor, int limit) {
        CodeList list = lists.get(scheme, year);
        int parentDepth = parentDepth(list, query);
        List<ClassificationCode> found = codes.select(scheme, year, query, parentDepth, CodeCursor.parse(cursor), limit + 1);
        List<ClassificationCode> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit ? CodeCursor.token(page.get(page.size() - 1).code()) : null;
        CodePage paged = new CodePage(scheme, year, page.stream().map(code -> CodeView.of(code, list)).toList(), next);
        return new CodeSelection(list, paged, () -> codes.select(scheme, year, query, parentDepth, null, 0));
    }

    public CodeView code(String scheme, int year, String code) {
        CodeList list = lists.get(scheme, year);
        ClassificationCode found = list.find(code);
        if (found == null) {
            throw new NotFoundProblem(code + " is not a " + scheme + " code of " + year + ".");
        }
        return CodeView.withPath(found, list);
    }

    public YearSummary summary(String scheme, int year) {
        return YearSummary.of(lists.get(scheme, year));
    }

    public ValidationResult validate(String scheme, int year, List<String> candidates) {
        return ValidationResult.of(scheme, year, CodeValidator.validate(lists.get(scheme, year), candidates));
    }

    private static int parentDepth(CodeList list, CodeQuery query) {
        if (query.parent() == null) {
            return 0;
        }
        ClassificationCode parent = list.find(query.parent());
        if (parent == null) {
            throw new NotFoundProblem("The parent " + query.parent() + " is not a " + list.shape().scheme()
                    + " code of " + list.year() + ".");
        }
        return parent.level().depth();
    }
}

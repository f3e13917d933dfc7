package io.yusuan.catalog.code;

import io.yusuan.catalog.load.CodeListCsv;
import io.yusuan.catalog.load.CodeRow;
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

    public CodePage page(String scheme, int year, CodeQuery query, String cursor, int limit) {
        CodeList list = lists.get(scheme, year);
        List<ClassificationCode> found = codes.select(scheme, year, query, parentDepth(list, query),
                CodeCursor.parse(cursor), limit + 1);
        List<ClassificationCode> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit ? CodeCursor.token(page.get(page.size() - 1).code()) : null;
        return new CodePage(scheme, year, page.stream().map(code -> CodeView.of(code, list)).toList(), next);
    }

    /** Every code the query selects, in the code-list CSV format, so that an export loads back as it is. */
    public String export(String scheme, int year, CodeQuery query) {
        CodeList list = lists.get(scheme, year);
        StringBuilder csv = new StringBuilder();
        CodeListCsv.write(codes.select(scheme, year, query, parentDepth(list, query), null, 0).stream()
                .map(CodeCatalog::row).toList(), csv);
        return csv.toString();
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

    private static CodeRow row(ClassificationCode code) {
        return new CodeRow(0, code.code(), code.level(), code.parentCode(), code.name(), code.nameEn(),
                code.provenance(), code.basicCategory(), code.threePublicPart());
    }
}

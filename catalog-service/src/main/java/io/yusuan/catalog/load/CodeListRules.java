package io.yusuan.catalog.load;

import static io.yusuan.catalog.load.CodeListCsv.pointer;

import io.yusuan.catalog.code.Level;
import io.yusuan.catalog.code.SchemeShape;
import io.yusuan.problem.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a whole year's code list can be loaded: every fault of every row, so that an
 * administrator fixes the file once. A list with any fault is not loaded at all.
 */
public final class CodeListRules {

    private CodeListRules() {
    }

    public static List<FieldError> check(SchemeShape shape, List<CodeRow> rows) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, CodeRow> byCode = new HashMap<>();
        for (CodeRow row : rows) {
            checkRow(shape, row, errors);
            CodeRow first = byCode.putIfAbsent(row.code(), row);
            if (first != null) {
                errors.add(new FieldError(pointer(row.line(), "code"), "DUPLICATE_CODE",
                        row.code() + " is already on line " + first.line()));
            }
        }
        for (CodeRow row : rows) {
            checkParent(row, byCode, errors);
        }
        checkCycles(rows, byCode, errors);
        if (rows.isEmpty()) {
            errors.add(new FieldError("/lines", "EMPTY", "the list has no codes"));
        }
        return errors;
    }

    private static void checkRow(SchemeShape shape, CodeRow row, List<FieldError> errors) {
        if (!row.code().matches("[0-9]+")) {
            errors.add(new FieldError(pointer(row.line(), "code"), "MALFORMED_CODE",
                    "\"" + row.code() + "\" is not made of digits"));
        }
        if (row.level() != null) {
            if (!shape.has(row.level())) {
                errors.add(new FieldError(pointer(row.line(), "level"), "LEVEL_NOT_IN_SCHEME",
                        shape.scheme() + " has no level " + row.level().chineseName()));
            } else if (row.code().length() != shape.lengthAt(row.level())) {
                errors.add(new FieldError(pointer(row.line(), "code"), "WRONG_LENGTH_FOR_LEVEL",
                        row.code() + " has " + row.code().length() + " digits; a " + row.level().chineseName()
                                + " code of " + shape.scheme() + " has " + shape.lengthAt(row.level())));
            }
        }
        if (row.name().isBlank()) {
            errors.add(new FieldError(pointer(row.line(), "name"), "MISSING_NAME", "every code needs its Chinese name"));
        }
        if (row.provenance().isBlank()) {
            errors.add(new FieldError(pointer(row.line(), "provenance"), "MISSING_PROVENANCE",
                    "name the edition the row was checked against, or write provisional"));
        }
        if (!shape.economicDepartment() && row.basicCategory() != null) {
            errors.add(new FieldError(pointer(row.line(), "basic_category"), "NOT_APPLICABLE",
                    "only department economic codes are 人员经费 or 公用经费"));
        }
        if (!shape.economicDepartment() && row.threePublicPart() != null) {
            errors.add(new FieldError(pointer(row.line(), "three_public_part"), "NOT_APPLICABLE",
                    "only department economic codes make up 三公经费"));
        }
    }

    private static void checkParent(CodeRow row, Map<String, CodeRow> byCode, List<FieldError> errors) {
        String where = pointer(row.line(), "parent");
        if (row.parent() == null) {
            if (row.level() != null && row.level() != Level.CATEGORY) {
                errors.add(new FieldError(where, "MISSING_PARENT",
                        "a " + row.level().chineseName() + " code needs its parent"));
            }
            return;
        }
        CodeRow parent = byCode.get(row.parent());
        if (parent == null) {
            errors.add(new FieldError(where, "UNKNOWN_PARENT", row.parent() + " is not a code of this list"));
            return;
        }
        if (row.level() != null && parent.level() != null && parent.level().depth() != row.level().depth() - 1) {
            errors.add(new FieldError(where, "PARENT_NOT_ONE_LEVEL_UP",
                    row.parent() + " is a " + parent.level().chineseName() + "; the parent of a "
                            + row.level().chineseName() + " is one level up"));
        }
        if (!row.code().startsWith(row.parent())) {
            errors.add(new FieldError(where, "PARENT_NOT_PREFIX",
                    "a code begins with its parent's code; " + row.code() + " does not begin with " + row.parent()));
        }
    }

    /** Reports each row whose chain of parents comes back to itself, once per cycle. */
    private static void checkCycles(List<CodeRow> rows, Map<String, CodeRow> byCode, List<FieldError> errors) {
        Set<String> reported = new HashSet<>();
        for (CodeRow row : rows) {
            Set<String> seen = new HashSet<>();
            CodeRow at = row;
            while (at != null && at.parent() != null && seen.add(at.code())) {
                at = byCode.get(at.parent());
            }
            if (at != null && at.parent() != null && at.code().equals(row.code()) && reported.add(row.code())) {
                reported.addAll(seen);
                errors.add(new FieldError(pointer(row.line(), "parent"), "CYCLE",
                        "following parents from " + row.code() + " comes back to it: " + String.join(" → ", seen)));
            }
        }
    }
}

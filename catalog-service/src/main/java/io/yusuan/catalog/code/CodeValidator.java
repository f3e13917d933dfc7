package io.yusuan.catalog.code;

import java.util.List;

/** Judges codes against one year's list of a scheme: the rules of batch validation. */
public final class CodeValidator {

    private CodeValidator() {
    }

    public static List<CodeVerdict> validate(CodeList list, List<String> codes) {
        return codes.stream().map(code -> validate(list, code)).toList();
    }

    static CodeVerdict validate(CodeList list, String code) {
        SchemeShape shape = list.shape();
        if (code == null || !code.matches("[0-9]+") || shape.levelOfLength(code.length()) == null) {
            return new CodeVerdict(code, false, CodeStatus.MALFORMED, null, null, null,
                    "a " + shape.scheme() + " code is " + lengths(shape) + " digits", null);
        }
        ClassificationCode found = list.find(code);
        if (found == null) {
            return new CodeVerdict(code, false, CodeStatus.UNKNOWN, null, null, null,
                    code + " is not a " + shape.scheme() + " code of " + list.year(), null);
        }
        List<CodeView.PathStep> path = CodeView.PathStep.of(list.path(found));
        int level = found.level().depth();
        if (list.hasChildren(code) || found.level() != shape.deepest()) {
            return new CodeVerdict(code, false, CodeStatus.NOT_LEAF, level, found.name(), path,
                    code + " is a " + found.level().chineseName() + "; budgets use its "
                            + shape.deepest().chineseName() + " codes", null);
        }
        if (found.provisional()) {
            return new CodeVerdict(code, true, CodeStatus.PROVISIONAL, level, found.name(), path,
                    code + " was not checked against an official edition", found.threePublicPart());
        }
        return new CodeVerdict(code, true, CodeStatus.VALID, level, found.name(), path, null, found.threePublicPart());
    }

    private static String lengths(SchemeShape shape) {
        List<String> lengths = shape.codeLengths().stream().map(String::valueOf).toList();
        return String.join(" or ", lengths);
    }
}

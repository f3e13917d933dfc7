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
            return new CodeVerdict(code, false, CodeStatus.UNKNOWN, null, null, null, unknownReason(list, code), null);
        }
        List<CodeView.PathStep> path = CodeView.PathStep.of(list.path(found));
        int level = found.level().depth();
        if (!list.isLeaf(found)) {
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

    /**
     * Says so when the code's parent is listed without any children, or with children not all checked:
     * then the list may lack the code where the edition has it.
     */
    private static String unknownReason(CodeList list, String code) {
        String unknown = code + " is not a " + list.shape().scheme() + " code of " + list.year();
        Level level = list.shape().levelOfLength(code.length());
        if (level == Level.CATEGORY) {
            return unknown;
        }
        ClassificationCode parent = list.find(code.substring(0, list.shape().lengthAt(Level.ofDepth(level.depth() - 1))));
        if (parent == null) {
            return unknown;
        }
        if (!list.hasChildren(parent.code())) {
            return unknown + "; this catalogue lists " + parent.code() + " " + parent.name() + " without its "
                    + level.chineseName() + " codes";
        }
        if (list.hasProvisionalChildren(parent.code())) {
            return unknown + "; this catalogue may not list every " + level.chineseName() + " of " + parent.code() + " "
                    + parent.name();
        }
        return unknown;
    }

    private static String lengths(SchemeShape shape) {
        List<String> lengths = shape.codeLengths().stream().map(String::valueOf).toList();
        return String.join(" or ", lengths);
    }
}

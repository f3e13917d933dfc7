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
            ClassificationCode parent = parentOf(list, code);
            if (parent != null && shape.levelOfLength(code.length()) == shape.deepest() && list.mayLackChildrenOf(parent)) {
                return new CodeVerdict(code, true, CodeStatus.UNLISTED, shape.deepest().depth(), null,
                        CodeView.PathStep.of(list.path(parent)), unknownReason(list, code, parent), null);
            }
            return new CodeVerdict(code, false, CodeStatus.UNKNOWN, null, null, null, unknownReason(list, code, parent), null);
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

    /** The code's parent in the list, or null for a 类 or a code whose parent is not listed either. */
    private static ClassificationCode parentOf(CodeList list, String code) {
        Level level = list.shape().levelOfLength(code.length());
        if (level == Level.CATEGORY) {
            return null;
        }
        return list.find(code.substring(0, list.shape().lengthAt(Level.ofDepth(level.depth() - 1))));
    }

    /** Says why the list may lack the code where the edition has it, when it may. */
    private static String unknownReason(CodeList list, String code, ClassificationCode parent) {
        String unknown = code + " is not in this catalogue's " + list.shape().scheme() + " list of " + list.year();
        if (parent == null) {
            return unknown + ", nor is its parent";
        }
        Level level = list.shape().levelOfLength(code.length());
        if (!list.hasChildren(parent.code())) {
            return unknown + "; this catalogue lists " + parent.code() + " " + parent.name() + " without its "
                    + level.chineseName() + " codes";
        }
        if (list.hasProvisionalChildren(parent.code())) {
            return unknown + "; this catalogue may not list every " + level.chineseName() + " of " + parent.code() + " "
                    + parent.name();
        }
        if (list.coverage().mayLackCodes()) {
            return unknown + "; the year's list is " + list.coverage().name().toLowerCase(java.util.Locale.ROOT)
                    + " and may lack codes of the official edition";
        }
        return unknown;
    }

    private static String lengths(SchemeShape shape) {
        List<String> lengths = shape.codeLengths().stream().map(String::valueOf).toList();
        return String.join(" or ", lengths);
    }
}

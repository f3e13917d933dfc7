package io.yusuan.catalog.code;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One scheme's whole code list for one fiscal year, in memory: a few thousand codes at most, read
 * far more often than loaded, and answering a batch of 10,000 look-ups without a query each.
 */
public final class CodeList {

    private final SchemeShape shape;
    private final int year;
    private final long version;
    private final Coverage coverage;
    private final List<ClassificationCode> codes;
    private final Map<String, ClassificationCode> byCode;
    private final Set<String> parents;
    private final Set<String> parentsOfProvisional;

    /** @param codes the whole list, in code order */
    public CodeList(SchemeShape shape, int year, long version, Coverage coverage, List<ClassificationCode> codes) {
        this.codes = List.copyOf(codes);
        this.coverage = coverage;
        this.shape = shape;
        this.year = year;
        this.version = version;
        Map<String, ClassificationCode> map = new HashMap<>(codes.size() * 2);
        Set<String> withChildren = new HashSet<>();
        Set<String> withProvisionalChildren = new HashSet<>();
        for (ClassificationCode code : codes) {
            map.put(code.code(), code);
            if (code.parentCode() != null) {
                withChildren.add(code.parentCode());
                if (code.provisional()) {
                    withProvisionalChildren.add(code.parentCode());
                }
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
        this.parents = Collections.unmodifiableSet(withChildren);
        this.parentsOfProvisional = Collections.unmodifiableSet(withProvisionalChildren);
    }

    public SchemeShape shape() {
        return shape;
    }

    public int year() {
        return year;
    }

    /** Bumped by every load of the year. */
    public long version() {
        return version;
    }

    public Coverage coverage() {
        return coverage;
    }

    /**
     * Whether a code of the edition may be missing under this parent: the year's list is not complete, or
     * the parent is listed without its children or with children not all checked.
     */
    public boolean mayLackChildrenOf(ClassificationCode parent) {
        return coverage.mayLackCodes() || !hasChildren(parent.code()) || hasProvisionalChildren(parent.code());
    }

    /** Every code, in code order. */
    public List<ClassificationCode> codes() {
        return codes;
    }

    public ClassificationCode find(String code) {
        return byCode.get(code);
    }

    public boolean hasChildren(String code) {
        return parents.contains(code);
    }

    /** Whether some of the code's children were not checked against an official edition, so others may be missing. */
    public boolean hasProvisionalChildren(String code) {
        return parentsOfProvisional.contains(code);
    }

    /**
     * Whether budgets are made on the code: it has no children here and is at the deepest level. A 类
     * listed without any 款 is taken as having none (227 预备费) and used as it is; a 款 listed without
     * its 项 is not, since lists often hold a 款 without (all) its 项.
     */
    public boolean isLeaf(ClassificationCode code) {
        return !hasChildren(code.code()) && (code.level() == shape.deepest() || code.level() == Level.CATEGORY);
    }

    /** The code and its ancestors, from the 类 down. */
    public List<ClassificationCode> path(ClassificationCode code) {
        List<ClassificationCode> path = new ArrayList<>(3);
        for (ClassificationCode at = code; at != null; at = at.parentCode() == null ? null : byCode.get(at.parentCode())) {
            path.add(0, at);
        }
        return path;
    }
}

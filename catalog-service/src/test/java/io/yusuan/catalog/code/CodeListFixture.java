package io.yusuan.catalog.code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Small code lists built in memory, for rules that need no database. */
public final class CodeListFixture {

    private final SchemeShape shape;
    private final int year;
    private final List<ClassificationCode> codes = new ArrayList<>();
    private Coverage coverage = Coverage.PARTIAL;

    private CodeListFixture(SchemeShape shape, int year) {
        this.shape = shape;
        this.year = year;
    }

    public static CodeListFixture functional(int year) {
        return new CodeListFixture(new SchemeShape("functional", List.of(3, 5, 7)), year);
    }

    public CodeListFixture code(String code, String name) {
        return code(code, name, "财政部《" + year + "年政府收支分类科目》");
    }

    public CodeListFixture provisional(String code, String name) {
        return code(code, name, "provisional");
    }

    private CodeListFixture code(String code, String name, String provenance) {
        ClassificationCode entry = new ClassificationCode();
        entry.scheme = shape.scheme();
        entry.fiscalYear = year;
        entry.code = code;
        entry.level = (short) shape.levelOfLength(code.length()).depth();
        entry.parentCode = entry.level == 1 ? null : code.substring(0, shape.codeLengths().get(entry.level - 2));
        entry.name = name;
        entry.provenance = provenance;
        codes.add(entry);
        return this;
    }

    /** Says the list holds every code of the year's edition. */
    public CodeListFixture complete() {
        coverage = Coverage.COMPLETE;
        return this;
    }

    public CodeList build() {
        codes.sort(Comparator.comparing(ClassificationCode::code));
        return new CodeList(shape, year, 1, coverage, codes);
    }
}

package io.yusuan.catalog.cofog;

import io.yusuan.catalog.code.ClassificationCode;
import io.yusuan.catalog.code.CodeList;
import io.yusuan.catalog.code.CodeListCache;
import io.yusuan.catalog.code.Level;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The functional classification of a year in COFOG terms, for international comparison. */
@ApplicationScoped
public class CofogMappings {

    private final CodeListCache lists;
    private final CofogMappingRepository mappings;

    public CofogMappings(CodeListCache lists, CofogMappingRepository mappings) {
        this.lists = lists;
        this.mappings = mappings;
    }

    /** Each 类 and 款 of the year with a mapping of its own, or its 类's; unmapped 类 are left out. */
    public List<CofogRow> forYear(int year) {
        CodeList functional = lists.get("functional", year);
        Map<String, CofogMapping> byCode = mappings.listAll().stream()
                .collect(Collectors.toMap(CofogMapping::functionalCode, Function.identity()));
        List<CofogRow> rows = new ArrayList<>();
        for (ClassificationCode code : functional.codes()) {
            if (code.level() == Level.ITEM) {
                continue;
            }
            CofogMapping own = byCode.get(code.code());
            CofogMapping mapping = own != null ? own : byCode.get(code.parentCode() == null ? code.code() : code.parentCode());
            if (mapping != null) {
                rows.add(new CofogRow(code.code(), code.name(), code.level().depth(), mapping.cofogCode(),
                        mapping.cofogName(), mapping.confidence(), own == null));
            }
        }
        return rows;
    }
}

package io.yusuan.catalog.scheme;

import io.yusuan.catalog.code.SchemeShape;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A classification scheme (分类科目), e.g. 支出功能分类科目, with the fiscal years it is loaded for. */
@Entity
public class Scheme {

    @Id
    String id;

    @Column(name = "name_zh")
    String nameZh;

    @Column(name = "name_en")
    String nameEn;

    @Column(name = "level_names")
    String levelNames;

    @Column(name = "code_lengths")
    String codeLengths;

    @Column(name = "sort_order")
    int sortOrder;

    @ElementCollection
    @CollectionTable(name = "scheme_year", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderBy("fiscalYear")
    List<SchemeYear> years = new ArrayList<>();

    public String id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Level names from the top, e.g. 类, 款, 项. */
    public List<String> levelNames() {
        return List.of(levelNames.split(","));
    }

    /** Code length at each level, e.g. 3, 5, 7. */
    public List<Integer> codeLengths() {
        return Arrays.stream(codeLengths.split(",")).map(Integer::valueOf).toList();
    }

    public List<SchemeYear> years() {
        return List.copyOf(years);
    }

    /** The fiscal years loaded, oldest first. */
    public List<Integer> loadedYears() {
        return years.stream().map(SchemeYear::fiscalYear).sorted().toList();
    }

    public SchemeShape shape() {
        return new SchemeShape(id, codeLengths());
    }
}

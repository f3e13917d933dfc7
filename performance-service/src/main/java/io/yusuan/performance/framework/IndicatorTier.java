package io.yusuan.performance.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A 一级 or 二级 tier of the indicator framework, e.g. 产出指标 › 数量指标. */
@Entity
@Table(name = "indicator_tier")
public class IndicatorTier {

    @Id
    Integer id;

    @Enumerated(EnumType.STRING)
    Framework framework;

    @Column(name = "parent_id")
    Integer parentId;

    String name;

    @Column(name = "name_en")
    String nameEn;

    @Column(name = "default_weight")
    BigDecimal defaultWeight;

    String basis;

    @Column(name = "sort_order")
    int sortOrder;

    public Integer id() {
        return id;
    }

    public Framework framework() {
        return framework;
    }

    /** @return the 一级 tier this 二级 tier belongs to, or null for a 一级 tier */
    public Integer parentId() {
        return parentId;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public BigDecimal defaultWeight() {
        return defaultWeight;
    }

    public String basis() {
        return basis;
    }
}

package io.yusuan.catalog.correspondence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One pair of the 部门预算支出经济分类 → 政府预算支出经济分类 对照表 for a fiscal year and a column of unit
 * types, e.g. 30101 基本工资 → 50101 for 行政单位. The table is a relation: a department code may have
 * several such rows for one column.
 */
@Entity
@Table(name = "economic_correspondence")
@IdClass(EconomicCorrespondence.Key.class)
public class EconomicCorrespondence {

    @Id
    @Column(name = "fiscal_year")
    int fiscalYear;

    @Id
    @Column(name = "department_code")
    String departmentCode;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_column")
    UnitColumn unitColumn;

    @Id
    @Column(name = "government_code")
    String governmentCode;

    String provenance;

    EconomicCorrespondence() {
    }

    EconomicCorrespondence(int fiscalYear, String departmentCode, UnitColumn unitColumn, String governmentCode,
            String provenance) {
        this.fiscalYear = fiscalYear;
        this.departmentCode = departmentCode;
        this.unitColumn = unitColumn;
        this.governmentCode = governmentCode;
        this.provenance = provenance;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public UnitColumn unitColumn() {
        return unitColumn;
    }

    public String governmentCode() {
        return governmentCode;
    }

    public String provenance() {
        return provenance;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {

        int fiscalYear;
        String departmentCode;
        UnitColumn unitColumn;
        String governmentCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && fiscalYear == key.fiscalYear
                    && Objects.equals(departmentCode, key.departmentCode) && unitColumn == key.unitColumn
                    && Objects.equals(governmentCode, key.governmentCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fiscalYear, departmentCode, unitColumn, governmentCode);
        }
    }
}

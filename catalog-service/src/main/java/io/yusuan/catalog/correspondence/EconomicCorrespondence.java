package io.yusuan.catalog.correspondence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One row of the 部门预算支出经济分类 → 政府预算支出经济分类 对照表 for a fiscal year, e.g.
 * 30101 基本工资 → 50101 for an administrative unit, 50501 for a public institution.
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

    @Column(name = "government_code_administrative")
    String governmentCodeAdministrative;

    @Column(name = "government_code_institution")
    String governmentCodeInstitution;

    String provenance;

    public String departmentCode() {
        return departmentCode;
    }

    /** The government economic code for a unit of this type, or null if the 对照表 gives none. */
    public String governmentCodeFor(UnitType type) {
        return type.administrativeColumn() ? governmentCodeAdministrative : governmentCodeInstitution;
    }

    public String provenance() {
        return provenance;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {

        int fiscalYear;
        String departmentCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && fiscalYear == key.fiscalYear
                    && Objects.equals(departmentCode, key.departmentCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fiscalYear, departmentCode);
        }
    }
}

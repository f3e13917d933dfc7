package io.yusuan.catalog.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairVerdictTest {

    private static EconomicCorrespondence row(String department, String administrative, String institution) {
        EconomicCorrespondence row = new EconomicCorrespondence();
        row.fiscalYear = 2022;
        row.departmentCode = department;
        row.governmentCodeAdministrative = administrative;
        row.governmentCodeInstitution = institution;
        row.provenance = "财预〔2017〕98号";
        return row;
    }

    private final EconomicCorrespondence basicSalary = row("30101", "50101", "50501");

    @Test
    void administrativeAndCivilServiceManagedUnitsTakeTheAdministrativeColumn() {
        assertThat(PairVerdict.of(new PairCheck("30101", "50101", UnitType.ADMINISTRATIVE), basicSalary).status())
                .isEqualTo(PairStatus.MATCH);
        assertThat(PairVerdict.of(new PairCheck("30101", "50101", UnitType.CIVIL_SERVICE_MANAGED), basicSalary).status())
                .isEqualTo(PairStatus.MATCH);
    }

    @Test
    void publicInstitutionsTakeTheInstitutionColumn() {
        PairVerdict verdict = PairVerdict.of(new PairCheck("30101", "50101", UnitType.PUBLIC_INSTITUTION), basicSalary);
        assertThat(verdict.status()).isEqualTo(PairStatus.MISMATCH);
        assertThat(verdict.expected()).isEqualTo("50501");
        assertThat(verdict.valid()).isFalse();
    }

    @Test
    void namesAMissingRowAndAMissingColumnApart() {
        assertThat(PairVerdict.of(new PairCheck("39999", "59999", UnitType.ADMINISTRATIVE), null).status())
                .isEqualTo(PairStatus.UNKNOWN_DEPARTMENT_CODE);
        assertThat(PairVerdict.of(new PairCheck("30107", "50501", UnitType.ADMINISTRATIVE), row("30107", null, "50501"))
                .status()).isEqualTo(PairStatus.NO_CORRESPONDENCE);
    }
}

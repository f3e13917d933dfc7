package io.yusuan.catalog.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorrespondenceRelationTest {

    private static EconomicCorrespondence pair(String department, UnitColumn column, String government) {
        return new EconomicCorrespondence(2022, department, column, government, "provisional");
    }

    private final CorrespondenceRelation relation = new CorrespondenceRelation(2022, List.of(
            pair("30101", UnitColumn.ADMINISTRATIVE, "50101"),
            pair("30101", UnitColumn.INSTITUTION, "50501"),
            pair("30107", UnitColumn.INSTITUTION, "50501"),
            pair("31002", UnitColumn.ADMINISTRATIVE, "50306"),
            pair("31002", UnitColumn.INSTITUTION, "50601"),
            pair("31007", UnitColumn.ADMINISTRATIVE, "50306"),
            pair("31007", UnitColumn.ADMINISTRATIVE, "50399"),
            pair("31007", UnitColumn.INSTITUTION, "50601"),
            pair("30913", UnitColumn.ADMINISTRATIVE, "50403"),
            pair("30913", UnitColumn.INSTITUTION, "50602")));

    private PairVerdict judge(String department, String government, UnitType type) {
        return relation.judge(new PairCheck(department, government, type));
    }

    @Test
    void administrativeAndCivilServiceManagedUnitsTakeTheAdministrativeColumn() {
        assertThat(judge("30101", "50101", UnitType.ADMINISTRATIVE).status()).isEqualTo(PairStatus.MATCH);
        assertThat(judge("30101", "50101", UnitType.CIVIL_SERVICE_MANAGED).status()).isEqualTo(PairStatus.MATCH);
        assertThat(judge("30101", "50501", UnitType.PUBLIC_INSTITUTION).status()).isEqualTo(PairStatus.MATCH);
        assertThat(judge("30101", "50501", UnitType.OTHER).status()).isEqualTo(PairStatus.MATCH);
    }

    @Test
    void ordinaryCapitalSpendingUnder310GoesTo503ForOfficesAnd50601ForInstitutions() {
        assertThat(judge("31002", "50306", UnitType.ADMINISTRATIVE).valid()).isTrue();
        assertThat(judge("31007", "50601", UnitType.PUBLIC_INSTITUTION).valid()).isTrue();
        assertThat(judge("30913", "50403", UnitType.ADMINISTRATIVE).valid()).isTrue();
    }

    @Test
    void aDepartmentCodeMayCorrespondToSeveralGovernmentCodesOfOneColumn() {
        assertThat(judge("31007", "50306", UnitType.ADMINISTRATIVE).status()).isEqualTo(PairStatus.MATCH);
        PairVerdict software = judge("31007", "50399", UnitType.CIVIL_SERVICE_MANAGED);
        assertThat(software.status()).isEqualTo(PairStatus.MATCH);
        assertThat(software.expected()).containsExactly("50306", "50399");
    }

    @Test
    void aClassThatNeverCorrespondsIsIncompatibleAndNamesTheClassesItDoes() {
        PairVerdict verdict = judge("31002", "50102", UnitType.ADMINISTRATIVE);
        assertThat(verdict.status()).isEqualTo(PairStatus.INCOMPATIBLE);
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.expected()).containsExactly("50306");
        assertThat(verdict.reason()).isEqualTo("类 310 corresponds only to 类 503, 506, never to 501");
    }

    @Test
    void aPairTheTableDoesNotListWithinCorrespondingClassesIsUnlistedNotAnError() {
        PairVerdict otherColumn = judge("30101", "50501", UnitType.ADMINISTRATIVE);
        assertThat(otherColumn.status()).isEqualTo(PairStatus.UNLISTED);
        assertThat(otherColumn.reason()).isEqualTo("the 2022 对照表 gives 50101 for 30101 in the 行政单位 column");
        PairVerdict noCode = judge("30107", "50501", UnitType.ADMINISTRATIVE);
        assertThat(noCode.status()).isEqualTo(PairStatus.UNLISTED);
        assertThat(noCode.expected()).isEmpty();
        assertThat(judge("30199", "50199", UnitType.ADMINISTRATIVE).status()).isEqualTo(PairStatus.UNLISTED);
    }

    @Test
    void aClassOrAYearTheTableSaysNothingOfIsUnlisted() {
        assertThat(judge("39999", "59999", UnitType.ADMINISTRATIVE).reason())
                .isEqualTo("the 2022 对照表 of this catalogue lists no code of 类 399");
        PairVerdict noTable = new CorrespondenceRelation(2027, List.of())
                .judge(new PairCheck("31002", "50102", UnitType.ADMINISTRATIVE));
        assertThat(noTable.status()).isEqualTo(PairStatus.UNLISTED);
        assertThat(noTable.reason()).isEqualTo("this catalogue has no 对照表 for 2027");
    }
}

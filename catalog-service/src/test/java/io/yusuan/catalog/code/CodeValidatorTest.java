package io.yusuan.catalog.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeValidatorTest {

    private final CodeList list = CodeListFixture.functional(2022)
            .code("201", "一般公共服务支出")
            .code("20103", "政府办公厅（室）及相关机构事务")
            .code("2010301", "行政运行")
            .provisional("2010399", "其他政府办公厅（室）及相关机构事务支出")
            .code("202", "外交支出")
            .code("20201", "外交管理事务")
            .code("227", "预备费")
            .build();

    private List<CodeStatus> statuses(String... codes) {
        return CodeValidator.validate(list, Arrays.asList(codes)).stream().map(CodeVerdict::status).toList();
    }

    @Test
    void aLeafAtTheDeepestLevelIsValidWithItsPath() {
        CodeVerdict verdict = CodeValidator.validate(list, "2010301");
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.status()).isEqualTo(CodeStatus.VALID);
        assertThat(verdict.level()).isEqualTo(3);
        assertThat(verdict.name()).isEqualTo("行政运行");
        assertThat(verdict.path()).extracting(CodeView.PathStep::code).containsExactly("201", "20103", "2010301");
        assertThat(verdict.reason()).isNull();
    }

    @Test
    void tellsMalformedUnknownNotLeafAndProvisionalApart() {
        assertThat(statuses("20I0301", "20103011", "2019999", "20103", "201", "2010399"))
                .containsExactly(CodeStatus.MALFORMED, CodeStatus.MALFORMED, CodeStatus.UNKNOWN, CodeStatus.NOT_LEAF,
                        CodeStatus.NOT_LEAF, CodeStatus.PROVISIONAL);
    }

    @Test
    void aProvisionalCodeIsUsableButSaysSo() {
        CodeVerdict verdict = CodeValidator.validate(list, "2010399");
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.reason()).contains("not checked");
    }

    @Test
    void aSectionWithoutItemsIsStillNotWhereBudgetsAreMade() {
        CodeVerdict verdict = CodeValidator.validate(list, "20201");
        assertThat(verdict.status()).isEqualTo(CodeStatus.NOT_LEAF);
        assertThat(verdict.valid()).isFalse();
    }

    @Test
    void aCategoryWithoutSectionsIsBudgetedAsItIs() {
        CodeVerdict verdict = CodeValidator.validate(list, "227");
        assertThat(verdict.status()).isEqualTo(CodeStatus.VALID);
        assertThat(verdict.level()).isEqualTo(1);
        assertThat(list.isLeaf(list.find("227"))).isTrue();
        assertThat(list.isLeaf(list.find("20201"))).isFalse();
    }

    @Test
    void anUnknownCodeUnderAPartlyListedOrUncheckedParentSaysTheCatalogueMayLackIt() {
        assertThat(CodeValidator.validate(list, "2020101").reason())
                .isEqualTo("2020101 is not a functional code of 2022; this catalogue lists 20201 外交管理事务 without its 项 codes");
        assertThat(CodeValidator.validate(list, "2010398").reason())
                .isEqualTo("2010398 is not a functional code of 2022; this catalogue may not list every 项 of 20103 "
                        + "政府办公厅（室）及相关机构事务");
        assertThat(CodeValidator.validate(list, "20299").reason()).isEqualTo("20299 is not a functional code of 2022");
        assertThat(CodeValidator.validate(list, "228").reason()).isEqualTo("228 is not a functional code of 2022");
    }

    @Test
    void answersEveryCodeInTheOrderSentRepeatsIncluded() {
        assertThat(CodeValidator.validate(list, List.of("2010301", "x", "2010301")))
                .extracting(CodeVerdict::code).containsExactly("2010301", "x", "2010301");
    }
}

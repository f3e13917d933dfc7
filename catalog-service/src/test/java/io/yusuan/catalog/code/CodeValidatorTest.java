package io.yusuan.catalog.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeValidatorTest {

    private static CodeListFixture fixture() {
        return CodeListFixture.functional(2022)
                .code("201", "一般公共服务支出")
                .code("20103", "政府办公厅（室）及相关机构事务")
                .code("2010301", "行政运行")
                .provisional("2010399", "其他政府办公厅（室）及相关机构事务支出")
                .code("202", "外交支出")
                .code("20201", "外交管理事务")
                .code("20202", "驻外机构")
                .code("2020201", "驻外使领馆（团、处）")
                .code("227", "预备费");
    }

    private final CodeList list = fixture().build();
    private final CodeList complete = fixture().complete().build();

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
    void tellsMalformedUnknownUnlistedNotLeafAndProvisionalApart() {
        assertThat(statuses("20I0301", "20103011", "2019999", "2010398", "20103", "201", "2010399"))
                .containsExactly(CodeStatus.MALFORMED, CodeStatus.MALFORMED, CodeStatus.UNKNOWN, CodeStatus.UNLISTED,
                        CodeStatus.NOT_LEAF, CodeStatus.NOT_LEAF, CodeStatus.PROVISIONAL);
    }

    @Test
    void anItemMissingUnderAKnownSectionOfAPartialListIsUsableWithItsAncestorsAndTheReason() {
        CodeVerdict verdict = CodeValidator.validate(list, "2020299");
        assertThat(verdict.status()).isEqualTo(CodeStatus.UNLISTED);
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.name()).isNull();
        assertThat(verdict.path()).extracting(CodeView.PathStep::code).containsExactly("202", "20202");
        assertThat(verdict.reason()).isEqualTo("2020299 is not in this catalogue's functional list of 2022; the year's "
                + "list is partial and may lack codes of the official edition");
    }

    @Test
    void aCompleteListCallsAnItemItDoesNotHoldUnknownUnlessItsSectionIsPartlyListed() {
        assertThat(CodeValidator.validate(complete, "2020299").status()).isEqualTo(CodeStatus.UNKNOWN);
        assertThat(CodeValidator.validate(complete, "2010398").status()).isEqualTo(CodeStatus.UNLISTED);
        assertThat(CodeValidator.validate(complete, "2020101").status()).isEqualTo(CodeStatus.UNLISTED);
    }

    @Test
    void aCodeUnderAnUnknownSectionOrAnUnknownSectionItselfIsStillRefused() {
        assertThat(CodeValidator.validate(list, "2019999").status()).isEqualTo(CodeStatus.UNKNOWN);
        assertThat(CodeValidator.validate(list, "2019999").valid()).isFalse();
        assertThat(CodeValidator.validate(list, "20299").status()).isEqualTo(CodeStatus.UNKNOWN);
        assertThat(CodeValidator.validate(list, "228").status()).isEqualTo(CodeStatus.UNKNOWN);
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
                .isEqualTo("2020101 is not in this catalogue's functional list of 2022; this catalogue lists 20201 外交管理事务 "
                        + "without its 项 codes");
        assertThat(CodeValidator.validate(list, "2010398").reason())
                .isEqualTo("2010398 is not in this catalogue's functional list of 2022; this catalogue may not list every 项 "
                        + "of 20103 政府办公厅（室）及相关机构事务");
        assertThat(CodeValidator.validate(complete, "2020299").reason())
                .isEqualTo("2020299 is not in this catalogue's functional list of 2022");
        assertThat(CodeValidator.validate(list, "2019999").reason())
                .isEqualTo("2019999 is not in this catalogue's functional list of 2022, nor is its parent");
    }

    @Test
    void answersEveryCodeInTheOrderSentRepeatsIncluded() {
        assertThat(CodeValidator.validate(list, List.of("2010301", "x", "2010301")))
                .extracting(CodeVerdict::code).containsExactly("2010301", "x", "2010301");
    }
}

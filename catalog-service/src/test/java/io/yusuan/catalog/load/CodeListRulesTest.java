package io.yusuan.catalog.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yusuan.catalog.code.SchemeShape;
import io.yusuan.problem.FieldError;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeListRulesTest {

    private static final SchemeShape FUNCTIONAL = new SchemeShape("functional", List.of(3, 5, 7));
    private static final SchemeShape ECONOMIC = new SchemeShape("economic-department", List.of(3, 5));
    private static final String HEADER = "code,level,parent,name,name_en,provenance,basic_category,three_public_part\n";
    private static final String OFFICIAL = "财政部《2022年政府收支分类科目》";

    private static List<FieldError> check(SchemeShape shape, String body) {
        return CodeListRules.check(shape, CodeListCsv.read(new StringReader(HEADER + body)));
    }

    @Test
    void acceptsAWellFormedTree() {
        assertThat(check(FUNCTIONAL, """
                201,类,,一般公共服务支出,General public services,%1$s,,
                20103,款,201,政府办公厅（室）及相关机构事务,Government offices,%1$s,,
                2010301,项,20103,行政运行,General administration,%1$s,,
                """.formatted(OFFICIAL))).isEmpty();
    }

    @Test
    void rejectsAnUnknownParentNamingTheLine() {
        assertThat(check(FUNCTIONAL, """
                201,类,,一般公共服务支出,,%1$s,,
                2010301,项,20103,行政运行,,%1$s,,
                """.formatted(OFFICIAL)))
                .extracting(FieldError::code, FieldError::pointer)
                .contains(org.assertj.core.groups.Tuple.tuple("UNKNOWN_PARENT", "/lines/3/parent"));
    }

    @Test
    void rejectsADuplicateCodeNamingBothLines() {
        assertThat(check(FUNCTIONAL, """
                201,类,,一般公共服务支出,,%1$s,,
                201,类,,一般公共服务支出,,%1$s,,
                """.formatted(OFFICIAL)))
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.code()).isEqualTo("DUPLICATE_CODE");
                    assertThat(error.pointer()).isEqualTo("/lines/3/code");
                    assertThat(error.message()).contains("line 2");
                });
    }

    @Test
    void rejectsACodeOfTheWrongLengthForItsLevel() {
        assertThat(check(FUNCTIONAL, """
                201,类,,一般公共服务支出,,%1$s,,
                201031,款,201,政府办公厅（室）及相关机构事务,,%1$s,,
                """.formatted(OFFICIAL)))
                .extracting(FieldError::code).contains("WRONG_LENGTH_FOR_LEVEL");
    }

    @Test
    void rejectsALevelTheSchemeDoesNotHave() {
        assertThat(check(ECONOMIC, """
                301,类,,工资福利支出,,%1$s,PERSONNEL,
                30101,款,301,基本工资,,%1$s,PERSONNEL,
                3010101,项,30101,基本工资明细,,%1$s,PERSONNEL,
                """.formatted(OFFICIAL)))
                .extracting(FieldError::code).containsExactly("LEVEL_NOT_IN_SCHEME");
    }

    @Test
    void rejectsACycleOfParents() {
        List<FieldError> errors = check(FUNCTIONAL, """
                20101,款,20102,人大事务,,%1$s,,
                20102,款,20101,政协事务,,%1$s,,
                """.formatted(OFFICIAL));
        assertThat(errors).extracting(FieldError::code).contains("CYCLE");
        assertThat(errors).filteredOn(e -> e.code().equals("CYCLE")).hasSize(1);
    }

    @Test
    void rejectsAParentThatIsNotOneLevelUpOrNotAPrefix() {
        assertThat(check(FUNCTIONAL, """
                201,类,,一般公共服务支出,,%1$s,,
                202,类,,外交支出,,%1$s,,
                2010301,项,201,行政运行,,%1$s,,
                20201,款,201,外交管理事务,,%1$s,,
                """.formatted(OFFICIAL)))
                .extracting(FieldError::code).contains("PARENT_NOT_ONE_LEVEL_UP", "PARENT_NOT_PREFIX");
    }

    @Test
    void rejectsEconomicAttributesOutsideTheDepartmentEconomicScheme() {
        assertThat(check(FUNCTIONAL, """
                201,类,,一般公共服务支出,,%1$s,PERSONNEL,RECEPTION
                """.formatted(OFFICIAL)))
                .extracting(FieldError::pointer).containsExactly("/lines/2/basic_category", "/lines/2/three_public_part");
    }

    @Test
    void rejectsAMissingNameProvenanceOrParent() {
        assertThat(check(FUNCTIONAL, """
                201,类,,,,,,
                20101,款,,人大事务,,%1$s,,
                """.formatted(OFFICIAL)))
                .extracting(FieldError::code).containsExactlyInAnyOrder("MISSING_NAME", "MISSING_PROVENANCE", "MISSING_PARENT");
    }

    @Test
    void readingRejectsAWrongHeader() {
        assertThatThrownBy(() -> CodeListCsv.read(new StringReader("code,name\n201,一般公共服务支出\n")))
                .isInstanceOf(CodeListRejected.class)
                .hasMessageContaining("header");
    }

    @Test
    void readingCollectsEveryUnreadableRowWithItsLine() {
        assertThatThrownBy(() -> CodeListCsv.read(new StringReader(HEADER + """
                201,级,,一般公共服务支出,,x,,
                202,类,,外交支出
                301,类,,工资福利支出,,x,STAFF,
                """)))
                .isInstanceOfSatisfying(CodeListRejected.class, rejected -> assertThat(rejected.errors())
                        .extracting(FieldError::pointer, FieldError::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("/lines/2/level", "UNKNOWN_LEVEL"),
                                org.assertj.core.groups.Tuple.tuple("/lines/3", "WRONG_COLUMN_COUNT"),
                                org.assertj.core.groups.Tuple.tuple("/lines/4/basic_category", "UNKNOWN_VALUE")));
    }

    @Test
    void writtenRowsReadBackTheSame() {
        List<CodeRow> rows = CodeListCsv.read(new StringReader(HEADER + """
                302,类,,商品和服务支出,"Goods and services, purchases",%1$s,PUBLIC,
                30217,款,302,公务接待费,Official reception,provisional,PUBLIC,RECEPTION
                """.formatted(OFFICIAL)));
        StringBuilder written = new StringBuilder();
        CodeListCsv.write(rows, written);
        assertThat(CodeListCsv.read(new StringReader(written.toString()))).isEqualTo(rows);
    }

    @Test
    void yearProvenanceNamesTheEditionsAndIgnoresProvisionalRows() {
        List<CodeRow> rows = CodeListCsv.read(new StringReader(HEADER + """
                201,类,,一般公共服务支出,,%1$s,,
                202,类,,外交支出,,provisional,,
                """.formatted(OFFICIAL)));
        assertThat(CodeListWriter.yearProvenance(rows)).isEqualTo(OFFICIAL);
        assertThat(CodeListWriter.yearProvenance(rows.subList(1, 2))).isEqualTo("provisional");
    }
}

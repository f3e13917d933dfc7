package io.yusuan.catalog.load;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "catalog-office", roles = YearLoadResource.ADMINISTRATOR)
class YearLoadResourceTest {

    @Inject
    DataSource dataSource;

    private static final String YEAR = "/api/v1/schemes/functional/years/2030";
    private static final String HEADER = "code,level,parent,name,name_en,provenance,basic_category,three_public_part\n";
    private static final String LIST = HEADER + """
            201,类,,一般公共服务支出,General public services,provisional,,
            20103,款,201,政府办公厅（室）及相关机构事务,Government offices,provisional,,
            2010301,项,20103,行政运行,General administration,provisional,,
            """;

    private static String export() {
        return given().queryParam("format", "csv").when().get(YEAR + "/codes").then().statusCode(200).extract().asString();
    }

    @BeforeEach
    void loadTheYear() {
        given().contentType("text/csv; charset=UTF-8").body(LIST).when().put(YEAR).then().statusCode(is(org.hamcrest.Matchers.oneOf(200, 201)));
    }

    @Test
    void loadsANewYearAnswering201AndServesIt() {
        given().contentType("text/csv; charset=UTF-8").body(LIST).when().put("/api/v1/schemes/functional/years/2031")
                .then().statusCode(201)
                .body("codes", is(3))
                .body("provisionalCodes", is(3))
                .body("replaced", is(false));
        given().when().get("/api/v1/schemes/functional/years/2031/codes/2010301")
                .then().statusCode(200)
                .body("path.code", contains("201", "20103", "2010301"))
                .body("provisional", is(true));
        given().when().get("/api/v1/schemes").then().body("find { it.id == 'functional' }.years.year", hasItem(2031));
    }

    @Test
    void replacingAYearAnswers200AndChangesItsETag() {
        String before = given().when().get(YEAR + "/codes/2010301").then().extract().header("ETag");
        given().contentType("text/csv; charset=UTF-8").body(LIST.replace("行政运行,General", "行政运行（新）,General"))
                .when().put(YEAR)
                .then().statusCode(200)
                .body("replaced", is(true));
        given().when().get(YEAR + "/codes/2010301")
                .then().statusCode(200)
                .body("name", is("行政运行（新）"))
                .header("ETag", not(before));
    }

    private void assertRejectedAndNothingChanged(String csv, String faultCode) {
        String before = export();
        given().contentType("text/csv; charset=UTF-8").body(csv).when().put(YEAR)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://yusuan.io/problems/code-list-rejected"))
                .body("errors.code", hasItem(faultCode));
        org.assertj.core.api.Assertions.assertThat(export()).isEqualTo(before);
    }

    @Test
    void rejectsAnUnknownParentAndChangesNothing() {
        assertRejectedAndNothingChanged(LIST + "2010401,项,20104,发展与改革事务,,provisional,,\n", "UNKNOWN_PARENT");
    }

    @Test
    void rejectsADuplicateCodeAndChangesNothing() {
        assertRejectedAndNothingChanged(LIST + "2010301,项,20103,行政运行,,provisional,,\n", "DUPLICATE_CODE");
    }

    @Test
    void rejectsAWrongCodeLengthForTheLevelAndChangesNothing() {
        assertRejectedAndNothingChanged(LIST + "201030,项,20103,行政运行,,provisional,,\n", "WRONG_LENGTH_FOR_LEVEL");
    }

    @Test
    void rejectsACycleAndChangesNothing() {
        assertRejectedAndNothingChanged(LIST + "20101,款,20102,人大事务,,provisional,,\n20102,款,20101,政协事务,,provisional,,\n",
                "CYCLE");
    }

    @Test
    void rejectsAWrongHeaderOrUnreadableRowAndChangesNothing() {
        assertRejectedAndNothingChanged("code,name\n201,一般公共服务支出\n", "WRONG_HEADER");
        assertRejectedAndNothingChanged(LIST + "202,类\n", "WRONG_COLUMN_COUNT");
    }

    @Test
    void rejectsValuesOverTheirColumnsLimitAndChangesNothing() {
        assertRejectedAndNothingChanged(LIST + "2010302,项,20103," + "名".repeat(201) + ",,provisional,,\n", "TOO_LONG");
        assertRejectedAndNothingChanged(LIST + "2010302,项,20103,一般行政管理事务,,"
                + "财".repeat(2001) + ",,\n", "TOO_LONG");
    }

    @Test
    void rejectsAControlCharacterInAValueAndChangesNothing() {
        assertRejectedAndNothingChanged(LIST + "2010302,项,20103,一般\0行政,,provisional,,\n", "INVALID_CHARACTER");
    }

    @Test
    void rejectsMoreRowsThanAYearCanHaveAndChangesNothing() {
        StringBuilder csv = new StringBuilder(LIST);
        for (int i = 0; i <= CodeListCsv.MAX_ROWS; i++) {
            csv.append("2010302,项,20103,一般行政管理事务,,provisional,,\n");
        }
        assertRejectedAndNothingChanged(csv.toString(), "TOO_MANY_ROWS");
    }

    @Test
    void anAdministratorsLoadOfAShippedYearIsNoLongerReplacedByShippedFiles() throws Exception {
        String revenue2026 = "/api/v1/schemes/revenue/years/2026";
        String shipped = given().queryParam("format", "csv").when().get(revenue2026 + "/codes").then().extract().asString();
        try {
            given().contentType("text/csv; charset=UTF-8").body(shipped.replace("10101,款,101,增值税,", "10101,款,101,增值税（改）,"))
                    .when().put(revenue2026)
                    .then().statusCode(200)
                    .body("replaced", is(true));
            org.assertj.core.api.Assertions.assertThat(revenue2026Shipped()).isFalse();
            Sql.inRolledBackTransaction(dataSource, connection -> {
                new ShippedCatalog(connection).refresh();
                org.assertj.core.api.Assertions.assertThat(Sql.single(connection, "select name from classification_code"
                        + " where scheme_id = 'revenue' and fiscal_year = 2026 and code = '10101'")).isEqualTo("增值税（改）");
            });
        } finally {
            given().contentType("text/csv; charset=UTF-8").body(shipped).when().put(revenue2026).then().statusCode(200);
            try (Connection connection = dataSource.getConnection()) {
                Sql.execute(connection, "update scheme_year set shipped = true where scheme_id = 'revenue' and fiscal_year = 2026");
            }
        }
    }

    private boolean revenue2026Shipped() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return Sql.single(connection,
                    "select shipped::text from scheme_year where scheme_id = 'revenue' and fiscal_year = 2026").equals("true");
        }
    }

    @Test
    void aRejectedLoadOfANewYearLeavesNoYearBehind() {
        given().contentType("text/csv; charset=UTF-8")
                .body(LIST + "20101,款,20102,人大事务,,provisional,,\n20102,款,20101,政协事务,,provisional,,\n")
                .when().put("/api/v1/schemes/functional/years/2039")
                .then().statusCode(422);
        given().when().get("/api/v1/schemes/functional/years/2039/codes")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/schemes")
                .then().statusCode(200)
                .body("find { it.id == 'functional' }.years.year", not(hasItem(2039)));
    }

    @Test
    void rejectsAnUnknownSchemeOrAYearOutOfRange() {
        given().contentType("text/csv; charset=UTF-8").body(LIST).when().put("/api/v1/schemes/nonsense/years/2030")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType("text/csv; charset=UTF-8").body(LIST).when().put("/api/v1/schemes/functional/years/1900")
                .then().statusCode(400).contentType("application/problem+json");
    }
}

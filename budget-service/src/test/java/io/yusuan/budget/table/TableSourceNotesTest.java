package io.yusuan.budget.table;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.version.Roles;
import io.yusuan.http.access.TokenScope;
import io.yusuan.testing.stub.InjectServiceStub;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tables 02 and 07 are in the source document's contents but not printed in it: they are served all the same, saying so
 * ({@code printedInSource: false} and the source note) in JSON, CSV and XLSX alike; a printed table (01) says it is.
 * Department 631 (the source package).
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = Roles.EDITOR,
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class TableSourceNotesTest {

    private static final String DEPARTMENT = "631";
    private static final String TABLE = "/api/v1/regions/410304/departments/{department}/budgets/2022/tables/{number}";

    @InjectServiceStub
    WireMockServer catalog;

    private static boolean loaded;

    @BeforeEach
    void loadTheSourcePackage() {
        CatalogStubs.answer2022(catalog);
        if (loaded) {
            return;
        }
        ObjectNode budget = Packages.source(DEPARTMENT);
        ((ObjectNode) budget.get("department")).put("code", DEPARTMENT);
        given().contentType(ContentType.JSON).body(budget.toString())
                .when().put("/api/v1/regions/410304/departments/{department}/budgets/2022/draft", DEPARTMENT)
                .then().statusCode(200);
        loaded = true;
    }

    @ParameterizedTest
    @ValueSource(strings = {"02", "07"})
    void aTableTheSourceDoesNotPrintSaysSoInJson(String number) {
        given().accept(ContentType.JSON).when().get(TABLE, DEPARTMENT, number).then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("printedInSource", is(false))
                .body("sourceNote", is(Tables.NOT_PRINTED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"02", "07"})
    void aTableTheSourceDoesNotPrintCarriesTheNoteInCsv(String number) {
        String csv = given().accept("text/csv").when().get(TABLE, DEPARTMENT, number).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.lines().toList()).as("the note, a record of its own under the table")
                .anySatisfy(line -> assertThat(line).contains(Tables.NOT_PRINTED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"02", "07"})
    void aTableTheSourceDoesNotPrintCarriesTheNoteInXlsx(String number) throws IOException {
        byte[] xlsx = given().accept(TableWorkbook.MEDIA_TYPE).when().get(TABLE, DEPARTMENT, number).then()
                .statusCode(200).contentType(TableWorkbook.MEDIA_TYPE).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(texts(workbook.getSheetAt(0))).as("the note, under the table")
                    .anySatisfy(text -> assertThat(text).contains(Tables.NOT_PRINTED));
        }
    }

    @Test
    void aTableTheSourcePrintsSaysSoAndHasNoSourceNote() {
        given().accept(ContentType.JSON).when().get(TABLE, DEPARTMENT, "01").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("printedInSource", is(true))
                .body("sourceNote", nullValue());
        String csv = given().accept("text/csv").when().get(TABLE, DEPARTMENT, "01").then().statusCode(200)
                .extract().asString();
        assertThat(csv).doesNotContain(Tables.NOT_PRINTED);
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}

package io.yusuan.catalog.crosswalk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.yusuan.catalog.load.YearLoadResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "catalog-office", roles = YearLoadResource.ADMINISTRATOR)
class CrosswalkResourceTest {

    private static final String HEADER = "code,level,parent,name,name_en,provenance,basic_category,three_public_part\n";

    /** Two years loaded through the API, the later one renaming, retiring and adding a code. */
    @BeforeEach
    void loadTwoYears() {
        given().contentType("text/csv; charset=UTF-8").body(HEADER + """
                213,类,,农林水支出,,provisional,,
                21301,款,213,农业农村,,provisional,,
                2130101,项,21301,行政运行,,provisional,,
                2130153,项,21301,农田建设,,provisional,,
                2130104,项,21301,事业运行,,provisional,,
                """).when().put("/api/v1/schemes/functional/years/2040").then().statusCode(is(org.hamcrest.Matchers.oneOf(200, 201)));
        given().contentType("text/csv; charset=UTF-8").body(HEADER + """
                213,类,,农林水支出,,provisional,,
                21301,款,213,农业农村,,provisional,,
                2130101,项,21301,行政运行,,provisional,,
                2130153,项,21301,耕地建设与利用,,provisional,,
                2130160,项,21301,新设科目,,provisional,,
                """).when().put("/api/v1/schemes/functional/years/2041").then().statusCode(is(org.hamcrest.Matchers.oneOf(200, 201)));
    }

    @Test
    void showsTheCodesTheShippedYearsAddedWithTheirSources() {
        given().queryParam("from", 2022).queryParam("to", 2026).when().get("/api/v1/crosswalks/functional")
                .then().statusCode(200)
                .body("changes.findAll { it.change == 'ADDED' }.toCode", hasItem("22006"))
                .body("changes.find { it.toCode == '22006' }.toName", is("耕地保护考核奖惩基金支出"));
    }

    @Test
    void showsTheRenameOf21305AndItsOtherItemBetweenTheShippedYears() {
        given().queryParam("from", 2022).queryParam("to", 2026).when().get("/api/v1/crosswalks/functional")
                .then().statusCode(200)
                .body("changes.findAll { it.change == 'RENAMED' }.fromCode", contains("21305", "2130599"))
                .body("changes.find { it.fromCode == '21305' }.fromName", is("巩固脱贫衔接乡村振兴"))
                .body("changes.find { it.fromCode == '21305' }.toCode", is("21305"))
                .body("changes.find { it.fromCode == '21305' }.toName", is("巩固脱贫攻坚成果衔接乡村振兴"));
    }

    @Test
    void restatesTheShipped2022CodesIn2026Terms() {
        given().contentType(ContentType.JSON).body(Map.of("codes", List.of("21305", "2010301", "22006")))
                .queryParam("from", 2022).queryParam("to", 2026)
                .when().post("/api/v1/crosswalks/functional/restate")
                .then().statusCode(200)
                .body("results.status", contains("RENAMED", "UNCHANGED", "UNKNOWN"))
                .body("results[0].name", is("巩固脱贫衔接乡村振兴"))
                .body("results[0].restatedAs.code", contains("21305"))
                .body("results[0].restatedAs[0].name", is("巩固脱贫攻坚成果衔接乡村振兴"))
                .body("results[1].restatedAs[0].name", is("行政运行"));
    }

    @Test
    void showsRenamesRetirementsAndAdditionsBetweenLoadedYears() {
        given().queryParam("from", 2040).queryParam("to", 2041).when().get("/api/v1/crosswalks/functional")
                .then().statusCode(200)
                .body("changes.change", contains("RETIRED", "RENAMED", "ADDED"))
                .body("changes[1].fromName", is("农田建设"))
                .body("changes[1].toName", is("耕地建设与利用"));
    }

    @Test
    void restatesOldCodesInTheLaterYear() {
        given().contentType(ContentType.JSON).body(Map.of("codes", List.of("2130153", "2130101", "2130104", "2139999")))
                .queryParam("from", 2040).queryParam("to", 2041)
                .when().post("/api/v1/crosswalks/functional/restate")
                .then().statusCode(200)
                .body("results.status", contains("RENAMED", "UNCHANGED", "RETIRED", "UNKNOWN"))
                .body("results[0].restatedAs[0].code", is("2130153"))
                .body("results[0].restatedAs[0].name", is("耕地建设与利用"));
    }

    @Test
    void refusesYearsOutOfOrderOrMissing() {
        given().queryParam("from", 2026).queryParam("to", 2022).when().get("/api/v1/crosswalks/functional")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", is("to"));
        given().queryParam("from", 2022).when().get("/api/v1/crosswalks/functional")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", is("to"));
        given().queryParam("from", 2022).queryParam("to", 2035).when().get("/api/v1/crosswalks/functional")
                .then().statusCode(404).contentType("application/problem+json");
    }
}

package io.yusuan.catalog.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class RegionResourceTest {

    private static final String REGIONS = "/api/v1/regions";

    @Test
    void aCountyResolvesWithItsPathFromTheProvince() {
        given().queryParam("year", 2022).when().get(REGIONS + "/410304")
                .then().statusCode(200)
                .body("code", is("410304"))
                .body("name", is("瀍河回族区"))
                .body("level", is("COUNTY"))
                .body("parent", is("4103"))
                .body("year", is(2022))
                .body("listYear", is(2022))
                .body("provenance", is("民政部《2022年中华人民共和国县以上行政区划代码》"))
                .body("sourceUrl", startsWith("https://www.mca.gov.cn/"))
                .body("path.code", contains("41", "4103", "410304"))
                .body("path.name", contains("河南省", "洛阳市", "瀍河回族区"))
                .body("path.level", contains("PROVINCE", "PREFECTURE", "COUNTY"));
    }

    @Test
    void aCodePaddedToSixDigitsNamesTheShortCodesRegion() {
        given().queryParam("year", 2022).when().get(REGIONS + "/410000")
                .then().statusCode(200).body("code", is("41")).body("level", is("PROVINCE"))
                .body("parent", nullValue()).body("path.code", contains("41"));
        given().queryParam("year", 2022).when().get(REGIONS + "/410300")
                .then().statusCode(200).body("code", is("4103")).body("name", is("洛阳市")).body("parent", is("41"));
    }

    @Test
    void aCountyDirectlyUnderItsProvinceHasTheProvinceAsParent() {
        given().queryParam("year", 2022).when().get(REGIONS + "/429004")
                .then().statusCode(200).body("name", is("仙桃市")).body("parent", is("42"))
                .body("path.code", contains("42", "429004"));
    }

    @Test
    void listsTheCountiesOfLuoyangInCodeOrder() {
        given().queryParam("year", 2022).queryParam("parent", "4103").when().get(REGIONS)
                .then().statusCode(200)
                .body("year", is(2022))
                .body("parent", is("4103"))
                .body("regions.code", hasItems("410302", "410304", "410311"))
                .body("regions[0].code", is("410302"))
                .body("regions.level", everyItem(is("COUNTY")))
                .body("regions.parent", everyItem(is("4103")))
                .body("regions.path", everyItem(nullValue()));
        given().queryParam("year", 2022).queryParam("parent", "410300").when().get(REGIONS)
                .then().statusCode(200).body("parent", is("4103")).body("regions.code", hasItems("410304"));
    }

    @Test
    void withoutAParentListsThe31MainlandProvincesAndHongKongMacauTaiwan() {
        given().queryParam("year", 2022).when().get(REGIONS)
                .then().statusCode(200)
                .body("parent", nullValue())
                .body("regions", hasSize(34))
                .body("regions.level", everyItem(is("PROVINCE")))
                .body("regions.code", hasItems("11", "41", "65", "71", "81", "82"))
                .body("regions.find { it.code == '81' }.provenance", containsString("仅列省级"));
        given().queryParam("year", 2022).queryParam("parent", "81").when().get(REGIONS)
                .then().statusCode(200).body("regions", hasSize(0));
    }

    @Test
    void withoutAYearTheLatestListAnswers() {
        int latest = given().when().get(REGIONS + "/410304")
                .then().statusCode(200).extract().path("listYear");
        given().when().get(REGIONS + "/410304")
                .then().body("year", is(latest));
        org.assertj.core.api.Assertions.assertThat(latest).isGreaterThanOrEqualTo(2024);
    }

    @Test
    void aYearWithoutItsOwnListIsAnsweredByTheLatestEarlierOneAndSaysSo() {
        given().queryParam("year", 2099).when().get(REGIONS + "/410304")
                .then().statusCode(200)
                .body("year", is(2099))
                .body("listYear", not(is(2099)))
                .body("provenance", containsString("no list of 2099 is shipped"));
        given().queryParam("year", 2000).queryParam("parent", "4103").when().get(REGIONS)
                .then().statusCode(200)
                .body("year", is(2000))
                .body("listYear", is(2021))
                .body("regions.provenance", everyItem(containsString("this is the 2021 list")));
    }

    @Test
    void listsFollowTheirYear() {
        given().queryParam("year", 2023).when().get(REGIONS + "/659012")
                .then().statusCode(200).body("name", is("白杨市"));
        given().queryParam("year", 2022).when().get(REGIONS + "/659012")
                .then().statusCode(404);
    }

    @Test
    void anUnknownRegionIsA404ProblemNamingTheCodeAndYear() {
        given().queryParam("year", 2022).when().get(REGIONS + "/419999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("419999"))
                .body("detail", containsString("2022"));
        given().queryParam("year", 2022).queryParam("parent", "4199").when().get(REGIONS)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("4199"));
    }

    @ParameterizedTest(name = "the code \"{0}\" is a 400 problem")
    @ValueSource(strings = {"4", "410", "41030", "4103040", "41a304"})
    void aMalformedCodeIsA400ProblemNamingTheParameter(String code) {
        given().when().get(REGIONS + "/" + code)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", is("code"))
                .body("errors.message", hasItem(containsString("2, 4 or 6 digits")));
        given().queryParam("parent", code).when().get(REGIONS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", is("parent"));
    }

    @Test
    void aYearOutOfRangeOrNotANumberIsA400Problem() {
        given().queryParam("year", 1800).when().get(REGIONS + "/41")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("year", "last").when().get(REGIONS + "/41")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0} revalidates to 304")
    @ValueSource(strings = {REGIONS + "/410304?year=2022", REGIONS + "?year=2022&parent=4103", REGIONS})
    void readsCarryAnETagAndRevalidateTo304(String uri) {
        String etag = given().when().get(uri)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("max-age"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get(uri)
                .then().statusCode(304)
                .header("ETag", is(etag));
    }
}

package io.yusuan.budget.region;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.fixture.Publications;
import io.yusuan.http.key.BudgetKey;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The region roll-ups' budgets, published once for every test class that reads them (the database is shared): in
 * 410305 涧西区 the larger package as R1 and the source's as R2, adjusted to the larger one (version 2), and a draft
 * R5 that is never published; in 410304 瀍河回族区 the larger one as R4 (beside what other classes publish there); in
 * 410300 洛阳市 itself the source's as R3.
 */
final class RegionBudgets {

    static final String JIANXI = "410305";
    static final String LUOYANG = "410300";
    static final String CHANHE = "410304";
    /** 郑州市中原区: outside 洛阳市, for budgets published by a test itself. */
    static final String ZHONGYUAN = "410102";
    /** 二七区 and 金水区 of 郑州市: budgets published there by one test only. */
    static final String ERQI = "410103";
    static final String JINSHUI = "410105";
    /** 上街区: its chain moves in one test. */
    static final String SHANGJIE = "410106";

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private RegionBudgets() {
    }

    /** The JSON answer of a GET that must succeed, its amounts exact. */
    static JsonNode json(String path) {
        try {
            return JSON.readTree(given().accept("application/json").when().get(path).then().statusCode(200).extract()
                    .asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** catalog-service's 2022 answers, with the regions above as regions it knows. */
    static void stub(WireMockServer catalog) {
        CatalogStubs.answer2022(catalog);
        county(catalog, JIANXI, "涧西区", "4103", "洛阳市");
        county(catalog, ZHONGYUAN, "中原区", "4101", "郑州市");
        county(catalog, ERQI, "二七区", "4101", "郑州市");
        county(catalog, JINSHUI, "金水区", "4101", "郑州市");
        region(catalog, LUOYANG, "PREFECTURE", """
                [{"code": "41", "name": "河南省", "level": "PROVINCE"}, {"code": "4103", "name": "洛阳市", "level": "PREFECTURE"}]""");
    }

    static void county(WireMockServer catalog, String code, String name, String prefecture,
            String prefectureName) {
        region(catalog, code, "COUNTY", "[{\"code\": \"41\", \"name\": \"河南省\", \"level\": \"PROVINCE\"}, {\"code\": \""
                + prefecture + "\", \"name\": \"" + prefectureName + "\", \"level\": \"PREFECTURE\"}, {\"code\": \"" + code
                + "\", \"name\": \"" + name + "\", \"level\": \"COUNTY\"}]");
    }

    static void region(WireMockServer catalog, String code, String level, String path) {
        catalog.stubFor(get(urlPathEqualTo("/api/v1/regions/" + code)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\": \"" + code + "\", \"name\": \"n\", \"level\": \"" + level
                        + "\", \"year\": 2022, \"listYear\": 2022, \"path\": " + path + "}")));
    }

    /** Publishes the budgets unless R3, the last, is published already. */
    static synchronized void publishOnce(Publications publications) {
        if (given().get("/api/v1/regions/" + LUOYANG + "/budgets/2022/departments").then().statusCode(200)
                .extract().jsonPath().getInt("departmentCount") > 0) {
            return;
        }
        publications.publish(key(JIANXI, "R1"), in(JIANXI, "R1", Packages.larger()));
        publications.publish(key(JIANXI, "R2"), in(JIANXI, "R2", Packages.source()));
        publications.adjust(key(JIANXI, "R2"));
        publications.publish(key(JIANXI, "R2"), in(JIANXI, "R2", Packages.larger()));
        publications.load(key(JIANXI, "R5"), in(JIANXI, "R5", Packages.larger()));
        publications.publish(key(CHANHE, "R4"), in(CHANHE, "R4", Packages.larger()));
        publications.publish(key(LUOYANG, "R3"), in(LUOYANG, "R3", Packages.source()));
    }

    static BudgetKey key(String region, String department) {
        return new BudgetKey(region, department, 2022);
    }

    /** The package as the budget of {@code department} in {@code region}. */
    static ObjectNode in(String region, String department, ObjectNode budget) {
        ((ObjectNode) budget.get("region")).put("code", region);
        ((ObjectNode) budget.get("department")).put("code", department);
        return budget;
    }
}

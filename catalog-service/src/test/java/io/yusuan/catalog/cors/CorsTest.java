package io.yusuan.catalog.cors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** CORS as a browser meets it; the test configuration lists https://editor.example.gov.cn as a write origin. */
@QuarkusTest
class CorsTest {

    private static final String EDITOR = "https://editor.example.gov.cn";
    private static final String APP = "https://app.example.com";
    private static final String CODES = "/api/v1/schemes/functional/years/2022/codes";
    private static final String LOAD = "/api/v1/schemes/functional/years/2027";

    @Test
    void aReadIsPreflightedAndAnsweredForAnyOrigin() {
        given().header("Origin", APP).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .when().options(CODES)
                .then().statusCode(is(oneOf(200, 204)))
                .header("Access-Control-Allow-Origin", is("*"))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Methods", not(containsString("PUT")))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Max-Age", is("86400"))
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", APP).when().get(CODES)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", is("*"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Vary", containsString("Accept"));
    }

    @Test
    void theOpenApiDocumentIsReadableCrossOrigin() {
        given().header("Origin", APP).header("Access-Control-Request-Method", "GET")
                .when().options("/q/openapi")
                .then().statusCode(is(oneOf(200, 204)))
                .header("Access-Control-Allow-Origin", is("*"));
    }

    @Test
    void aListedOriginMayWriteWithCredentials() {
        given().header("Origin", EDITOR).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .when().options(LOAD)
                .then().statusCode(is(oneOf(200, 204)))
                .header("Access-Control-Allow-Origin", is(EDITOR))
                .header("Access-Control-Allow-Credentials", is("true"))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Vary", containsString("Origin"));
        given().header("Origin", EDITOR).header("Authorization", "Bearer not-a-token")
                .when().put(LOAD)
                .then().statusCode(401)
                .header("Access-Control-Allow-Origin", is(EDITOR))
                .header("Access-Control-Allow-Credentials", is("true"));
    }

    @Test
    void anUnlistedOriginMayNotWrite() {
        given().header("Origin", APP).header("Access-Control-Request-Method", "PUT")
                .when().options(LOAD)
                .then().statusCode(403).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", APP).when().put(LOAD)
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void anEditorReadingWithATokenIsCredentialedAndKeepsVaryAccept() {
        given().header("Origin", EDITOR).header("Authorization", "Bearer not-needed-for-reads")
                .when().get(CODES)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", is(EDITOR))
                .header("Access-Control-Allow-Credentials", is("true"))
                .header("Vary", containsString("Accept"))
                .header("Vary", containsString("Origin"));
    }
}

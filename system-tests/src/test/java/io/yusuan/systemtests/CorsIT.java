package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import io.restassured.specification.RequestSpecification;
import io.yusuan.localrun.Service;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A front-end on another origin, as a browser sends its requests to the real services: published data reads
 * from anywhere, writes only from the origin failsafe configures in {@code YUSUAN_CORS_WRITE_ORIGINS}.
 */
@ExtendWith(LocalStackExtension.class)
class CorsIT {

    /** The write origin the system-tests' pom gives the services. */
    private static final String EDITOR = "https://editor.example.gov.cn";
    private static final String APP = "https://app.example.com";
    private static final String DEMO = "/api/v1/regions/410304/departments/141";

    /** Per service, a public read of the demo's published data and a write an editor makes. */
    enum Calls {
        CATALOG(Service.CATALOG, "/api/v1/schemes/functional/years/2022/codes", "PUT",
                "/api/v1/schemes/functional/years/2032", "text/csv"),
        BUDGET(Service.BUDGET, DEMO + "/budgets/2022/tables/01", "POST", DEMO + "/budgets/2022/adjustments", null),
        PERFORMANCE(Service.PERFORMANCE, DEMO + "/performance/2022/tables/12", "PUT", DEMO + "/performance/2022/overall",
                "application/json");

        final Service service;
        final String read;
        final String writeMethod;
        final String write;
        /** What the write sends, so that it is refused for its missing token and not for its body. */
        final String contentType;

        Calls(Service service, String read, String writeMethod, String write, String contentType) {
            this.service = service;
            this.read = read;
            this.writeMethod = writeMethod;
            this.write = write;
            this.contentType = contentType;
        }

        RequestSpecification from(LoadedDemo demo, String origin) {
            return given().baseUri(demo.stack().baseUrl(service).toString()).header("Origin", origin);
        }
    }

    @ParameterizedTest
    @EnumSource(Calls.class)
    void aPublicReadIsAllowedFromABrowserOnAnyOrigin(Calls calls, LoadedDemo demo) {
        calls.from(demo, APP).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "accept, if-none-match")
                .options(calls.read)
                .then().statusCode(is(oneOf(200, 204)))
                .header("Access-Control-Allow-Origin", is("*"))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Methods", not(containsString("PUT")))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Max-Age", is("86400"))
                .header("Access-Control-Allow-Credentials", nullValue());
        calls.from(demo, APP).get(calls.read)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", is("*"))
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @ParameterizedTest
    @EnumSource(Calls.class)
    void aWriteFromAnUnlistedOriginIsRefusedAtItsPreflight(Calls calls, LoadedDemo demo) {
        calls.from(demo, APP).header("Access-Control-Request-Method", calls.writeMethod)
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .options(calls.write)
                .then().statusCode(403).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
    }

    @ParameterizedTest
    @EnumSource(Calls.class)
    void aWriteFromTheConfiguredOriginIsAllowedWithCredentials(Calls calls, LoadedDemo demo) {
        calls.from(demo, EDITOR).header("Access-Control-Request-Method", calls.writeMethod)
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .options(calls.write)
                .then().statusCode(is(oneOf(200, 204)))
                .header("Access-Control-Allow-Origin", is(EDITOR))
                .header("Access-Control-Allow-Credentials", is("true"))
                .header("Access-Control-Allow-Methods", containsString(calls.writeMethod))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Vary", containsString("Origin"));
        // Without a token the write itself is refused, and the browser may read why.
        RequestSpecification write = calls.from(demo, EDITOR);
        if (calls.contentType != null) {
            write.contentType(calls.contentType).body("application/json".equals(calls.contentType) ? "{}" : "code\n");
        }
        write.request(calls.writeMethod, calls.write)
                .then().statusCode(401)
                .header("Access-Control-Allow-Origin", is(EDITOR))
                .header("Access-Control-Allow-Credentials", is("true"));
    }
}

package io.yusuan.catalog.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of malformed request gets problem+json with the right 4xx status. The echo resource
 * below exists only in tests, to exercise body and parameter faults the real endpoints share.
 */
@QuarkusTest
class ProblemAnswersTest {

    @Path("/test/echo")
    public static class EchoResource {

        public enum Kind { BASIC, PROJECT }

        public record Line(@NotBlank String unit, Kind kind, @PositiveOrZero BigDecimal amount) {
        }

        public record Package(int fiscalYear, List<@Valid Line> lines) {
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Package echo(@Valid @NotNull Package body, @QueryParam("limit") @Max(100) Integer limit) {
            return body;
        }
    }

    @Test
    void unknownPathIsA404Problem() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("type", is("https://yusuan.io/problems/not-found"))
                .body("instance", is("/api/v1/no-such-thing"));
    }

    @Test
    void pathOutsideTheApiIsA404Problem() {
        given().when().get("/nothing/here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", is("Not Found"));
    }

    @Test
    void wrongMethodIsA405Problem() {
        given().when().delete("/api/v1/schemes")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", is(405))
                .body("type", is("https://yusuan.io/problems/method-not-allowed"));
    }

    @Test
    void unproducibleAcceptIsA406Problem() {
        given().accept("application/xml").when().get("/api/v1/schemes")
                .then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void unacceptedContentTypeIsA415Problem() {
        given().contentType(ContentType.XML).body("<a/>").when().post("/test/echo")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void bodyThatIsNotJsonIsA400ProblemWithTheLocation() {
        given().contentType(ContentType.JSON).body("{\"fiscalYear\": 2022,, }").when().post("/test/echo")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("https://yusuan.io/problems/malformed-request"))
                .body("detail", containsString("line 1"))
                .body("detail", not(containsString("com.fasterxml")));
    }

    @Test
    void valueOfTheWrongTypeIsA400ProblemWithItsPointer() {
        given().contentType(ContentType.JSON)
                .body("{\"fiscalYear\": 2022, \"lines\": [{\"unit\": \"141001\", \"amount\": \"lots\"}]}")
                .when().post("/test/echo")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", is("/lines/0/amount"));
    }

    @Test
    void unknownEnumValueIsA400ProblemNamingTheAllowedValues() {
        given().contentType(ContentType.JSON)
                .body("{\"fiscalYear\": 2022, \"lines\": [{\"unit\": \"141001\", \"kind\": \"OTHER\"}]}")
                .when().post("/test/echo")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", is("/lines/0/kind"))
                .body("errors[0].message", containsString("BASIC"));
    }

    @Test
    void misspeltFieldIsRefusedNotDropped() {
        given().contentType(ContentType.JSON)
                .body("{\"fiscalYear\": 2022, \"lines\": [{\"unit\": \"141001\", \"ammount\": 1}]}")
                .when().post("/test/echo")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", is("/lines/0/ammount"))
                .body("errors[0].code", is("UNKNOWN_FIELD"));
    }

    @Test
    void constraintViolationsAreA400ProblemListingEveryField() {
        given().contentType(ContentType.JSON)
                .body("{\"fiscalYear\": 2022, \"lines\": [{\"unit\": \"\", \"amount\": -1}]}")
                .queryParam("limit", 1000)
                .when().post("/test/echo")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("https://yusuan.io/problems/invalid-request"))
                .body("errors.pointer", hasItem("/lines/0/unit"))
                .body("errors.pointer", hasItem("/lines/0/amount"))
                .body("errors.pointer", hasItem("limit"));
    }

    @Test
    void emptyBodyIsA400Problem() {
        given().contentType(ContentType.JSON).body("").when().post("/test/echo")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }
}

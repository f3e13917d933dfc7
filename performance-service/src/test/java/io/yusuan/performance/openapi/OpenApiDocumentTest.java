package io.yusuan.performance.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the OpenAPI document promises of the answers that were undocumented or undeclared before issue 11. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private JsonNode document;

    @BeforeEach
    void readTheDocument() throws IOException {
        document = new ObjectMapper().readTree(given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
    }

    /** Declared by problem-details' shared filter (io.yusuan.http.openapi), no longer by one of this service's own. */
    @Test
    void everyOperationDeclaresA500Problem() {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(operation -> {
                if (METHODS.contains(operation.getKey())) {
                    assertThat(operation.getValue().at("/responses/500/content/application~1problem+json").isMissingNode())
                            .as(operation.getKey() + " " + path.getKey()).isFalse();
                }
            });
        }
    }

    @Test
    void theActualsPostsDocumentTheir201Body() {
        for (String path : new String[] {"/api/v1/regions/{region}/departments/{department}/performance/{year}/overall/actuals",
                "/api/v1/regions/{region}/departments/{department}/performance/{year}/projects/{projectCode}/actuals"}) {
            assertThat(document.get("paths").get(path).at("/post/responses/201/content/application~1json/schema/$ref").asText())
                    .as(path).isEqualTo("#/components/schemas/ActualsRecorded");
        }
    }

    @Test
    void theChangeFeedsNextIsAStringAndAnOverallTargetsProjectCodeNullable() {
        JsonNode schemas = document.at("/components/schemas");
        assertThat(schemas.at("/TargetChanges/properties/next/type").asText()).isEqualTo("string");
        assertThat(schemas.at("/TargetChange/properties/projectCode/type").toString()).contains("null");
    }

    @Test
    void aNullableObjectPropertyWithADescriptionAllowsNull() {
        JsonNode schemas = document.at("/components/schemas");
        for (String property : new String[] {"/IndicatorScore/properties/deviation", "/EvaluationResult/properties/budgetExecution"}) {
            JsonNode schema = schemas.at(property);
            assertThat(schema.path("description").asText()).as(property).isNotEmpty();
            assertThat(schema.path("type").toString()).as(property).contains("null");
            assertThat(schema.path("anyOf").toString()).as(property).contains("\"null\"");
        }
    }

    @Test
    void everyConditionalReadDeclaresItsNotModified() {
        for (String path : new String[] {"/api/v1/regions/{region}/departments/{department}/performance/{year}",
                "/api/v1/regions/{region}/departments/{department}/performance/{year}/tables/12",
                "/api/v1/export/{year}/targets", "/api/v1/changes"}) {
            assertThat(document.get("paths").get(path).at("/get/responses/304").isMissingNode()).as(path).isFalse();
        }
    }

    @Test
    void theBodiesStateTheirLimitsSoThatAClientCanCheckBeforeItSends() {
        JsonNode schemas = document.at("/components/schemas");
        assertThat(schemas.at("/IndicatorInput/properties/name/maxLength").asInt()).isEqualTo(200);
        assertThat(schemas.at("/IndicatorInput/properties/weight/maximum").asInt()).isEqualTo(100);
        assertThat(schemas.at("/ProjectTarget/properties/annualGoal/maxLength").asInt()).isEqualTo(20000);
        assertThat(schemas.at("/ProjectTarget/properties/indicators/maxItems").asInt()).isEqualTo(200);
        assertThat(schemas.at("/OverallTarget/properties/declaredBudgetTotal/minimum").asInt()).isZero();
        assertThat(schemas.at("/Actuals/properties/executed/minimum").asInt()).isZero();
        assertThat(schemas.at("/IndicatorActual/properties/actual/minimum").isMissingNode()).as("an actual may be negative").isTrue();
    }

    @Test
    void pathKeysStateTheirPatterns() {
        JsonNode parameters = document.at("/paths/~1api~1v1~1regions~1{region}~1departments~1{department}~1performance~1{year}"
                + "~1projects~1{projectCode}/put/parameters");
        Map<String, String> patterns = new HashMap<>();
        parameters.forEach(parameter -> patterns.put(parameter.get("name").asText(), parameter.at("/schema/pattern").asText()));
        assertThat(patterns).containsEntry("region", "[0-9]{6}").containsEntry("year", "20[0-9]{2}")
                .containsEntry("projectCode", "[0-9]{6}[0-9A-Z]{15}").containsKey("department");
    }
}

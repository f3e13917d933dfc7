package io.yusuan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsumerExpectationTest {

    record Item(String code, int level, BigDecimal amount, boolean valid, List<String> tags) {
    }

    record Page(List<Item> items, Map<String, List<Item>> byScheme) {
    }

    record Ask(List<String> codes) {
    }

    @Path("/api/v1")
    @Produces("application/json")
    interface Client {

        @GET
        @Path("/things/{scheme}")
        Page page(@PathParam("scheme") String scheme, @QueryParam("limit") int limit);

        @POST
        @Path("checks")
        @Consumes("application/json")
        Item check(Ask ask);

        @GET
        @Path("/workbook")
        @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        byte[] workbook();
    }

    private final JsonNode expectation = ConsumerExpectation.of("me", "them", Client.class);

    @Test
    void operationsAreSortedByPathAndKeepTheirParametersInOrder() {
        assertThat(expectation.path("operations")).extracting(op -> op.path("method").asText() + " " + op.path("path").asText())
                .containsExactly("POST /api/v1/checks", "GET /api/v1/things/{scheme}", "GET /api/v1/workbook");
        assertThat(expectation.path("operations").get(1).path("parameters").toString())
                .isEqualTo("[{\"in\":\"path\",\"name\":\"scheme\"},{\"in\":\"query\",\"name\":\"limit\"}]");
    }

    @Test
    void aRecordReadIsAnObjectOfItsComponentsWithTheirJsonTypes() {
        JsonNode item = expectation.path("operations").get(1).path("response").path("schema")
                .path("properties").path("items").path("items");

        assertThat(item.toString()).isEqualTo("{\"type\":\"object\",\"properties\":{\"code\":{\"type\":\"string\"},"
                + "\"level\":{\"type\":\"integer\"},\"amount\":{\"type\":\"number\"},\"valid\":{\"type\":\"boolean\"},"
                + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}");
    }

    @Test
    void aMapIsAnObjectOfItsValues() {
        JsonNode byScheme = expectation.path("operations").get(1).path("response").path("schema")
                .path("properties").path("byScheme");

        assertThat(byScheme.path("type").asText()).isEqualTo("object");
        assertThat(byScheme.path("additionalProperties").path("type").asText()).isEqualTo("array");
    }

    @Test
    void theBodySentAndTheMediaTypesAskedForAreRecorded() {
        JsonNode check = expectation.path("operations").get(0);
        assertThat(check.path("request").path("mediaType").asText()).isEqualTo("application/json");
        assertThat(check.path("request").path("schema").path("properties").has("codes")).isTrue();

        JsonNode workbook = expectation.path("operations").get(2).path("response");
        assertThat(workbook.path("mediaType").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(workbook.path("schema").path("format").asText()).isEqualTo("binary");
    }
}

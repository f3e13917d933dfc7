package io.yusuan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The committed consumer expectations hold against the committed contracts, and a provider's change that takes away
 * something a consumer reads is a gap: proven on changed copies of the committed contracts, the files untouched.
 */
class ConsumerCheckTest {

    private final JsonNode catalog = ContractFiles.read(ContractFiles.document("catalog-service"));
    private final JsonNode budget = ContractFiles.read(ContractFiles.document("budget-service"));
    private final JsonNode budgetOnCatalog = ContractFiles.read(ContractFiles.expectation("budget-service", "catalog-service"));
    private final JsonNode performanceOnBudget = ContractFiles.read(
            ContractFiles.expectation("performance-service", "budget-service"));

    @Test
    void theCommittedExpectationsHold() {
        assertThat(ConsumerCheck.gaps(budgetOnCatalog, catalog)).isEmpty();
        assertThat(ConsumerCheck.gaps(performanceOnBudget, budget)).isEmpty();
    }

    @Test
    void renamingTheThreePublicPartThatTable08ReadsIsAGap() {
        ObjectNode changed = catalog.deepCopy();
        ObjectNode verdict = (ObjectNode) changed.path("components").path("schemas").path("CodeVerdict").path("properties");
        verdict.set("sanGongPart", verdict.remove("threePublicPart"));

        assertThat(ConsumerCheck.gaps(budgetOnCatalog, changed)).singleElement().asString()
                .contains("POST /api/v1/years/{year}/validation", "response.codes.*[].threePublicPart");
    }

    @Test
    void aFieldOfAnotherTypeIsAGap() {
        ObjectNode changed = catalog.deepCopy();
        ((ObjectNode) changed.path("components").path("schemas").path("Code").path("properties").path("level"))
                .put("type", "string");

        assertThat(ConsumerCheck.gaps(budgetOnCatalog, changed)).singleElement().asString()
                .contains("GET /api/v1/schemes/{scheme}/years/{year}/codes", "response.items[].level as integer");
    }

    @Test
    void anOperationGoneIsAGap() {
        ObjectNode changed = catalog.deepCopy();
        ((ObjectNode) changed.path("paths")).remove("/api/v1/regions/{code}");

        assertThat(ConsumerCheck.gaps(budgetOnCatalog, changed)).singleElement().asString()
                .contains("GET /api/v1/regions/{code}: the provider has no such path");
    }

    @Test
    void aFundingFieldThatPerformanceServiceReadsRenamedIsAGap() {
        ObjectNode changed = budget.deepCopy();
        ObjectNode schemas = (ObjectNode) changed.path("components").path("schemas");
        schemas.fields().forEachRemaining(schema -> {
            if (schema.getValue().path("properties") instanceof ObjectNode properties && properties.has("governmentBudget")) {
                properties.set("generalBudget", properties.remove("governmentBudget"));
            }
        });

        assertThat(ConsumerCheck.gaps(performanceOnBudget, changed)).isNotEmpty()
                .allSatisfy(gap -> assertThat(gap).contains("performance-service calls GET", "governmentBudget"));
    }
}

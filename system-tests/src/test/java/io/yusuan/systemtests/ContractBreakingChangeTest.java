package io.yusuan.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yusuan.contracts.ContractFiles;
import org.junit.jupiter.api.Test;

/**
 * The comparison {@link ContractDriftIT} runs on every build tells a breaking change from a compatible one: proven on
 * changed copies of catalog-service's committed contract, the committed file itself untouched.
 */
class ContractBreakingChangeTest {

    private final JsonNode committed = ContractFiles.read(ContractFiles.document("catalog-service"));

    @Test
    void aResponseFieldRemovedIsBreaking() {
        ObjectNode changed = committed.deepCopy();
        ((ObjectNode) changed.path("components").path("schemas").path("Code").path("properties")).remove("name");

        ContractComparison comparison = ContractComparison.of(committed, changed);

        assertThat(comparison.breaking()).as(comparison.report()).isTrue();
        assertThat(comparison.report()).contains("GET /api/v1/schemes/{scheme}/years/{year}/codes 200 application/json answers "
                + "response.items[].name, which the provider does not declare");
    }

    @Test
    void theThreePublicPartThatTable08ReadsRenamedIsBreaking() {
        ObjectNode changed = committed.deepCopy();
        ObjectNode verdict = (ObjectNode) changed.path("components").path("schemas").path("CodeVerdict").path("properties");
        verdict.set("sanGongPart", verdict.remove("threePublicPart"));

        ContractComparison comparison = ContractComparison.of(committed, changed);

        assertThat(comparison.breaking()).as(comparison.report()).isTrue();
        assertThat(comparison.report()).contains("POST /api/v1/years/{year}/validation 200 application/json answers "
                + "response.codes.*[].threePublicPart, which the provider does not declare");
    }

    @Test
    void anOperationRemovedIsBreaking() {
        ObjectNode changed = committed.deepCopy();
        ((ObjectNode) changed.path("paths")).remove("/api/v1/regions/{code}");

        ContractComparison comparison = ContractComparison.of(committed, changed);

        assertThat(comparison.breaking()).as(comparison.report()).isTrue();
    }

    @Test
    void anOperationAddedIsCompatibleButStillDrift() {
        ObjectNode changed = committed.deepCopy();
        ((ObjectNode) changed.path("paths")).set("/api/v1/added", committed.path("paths").path("/api/v1/schemes"));

        ContractComparison comparison = ContractComparison.of(committed, changed);

        assertThat(comparison.breaking()).as(comparison.report()).isFalse();
        assertThat(comparison.drifted()).isTrue();
    }

    @Test
    void theSameDocumentIsNeitherBreakingNorDrift() {
        ContractComparison comparison = ContractComparison.of(committed, committed.deepCopy());

        assertThat(comparison.breaking()).isFalse();
        assertThat(comparison.drifted()).isFalse();
    }
}

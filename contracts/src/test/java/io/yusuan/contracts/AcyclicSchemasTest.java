package io.yusuan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No schema of a committed document refers back to itself, directly or through others: tools such as Portman cannot
 * read a recursive schema (performance-service's IndicatorTier was one), so trees are documented to a fixed depth.
 */
class AcyclicSchemasTest {

    private static final String SCHEMA_REF = "#/components/schemas/";

    @ParameterizedTest
    @ValueSource(strings = {"catalog-service", "budget-service", "performance-service"})
    void noSchemaRefersBackToItself(String service) {
        JsonNode schemas = ContractFiles.read(ContractFiles.document(service)).path("components").path("schemas");
        List<String> cycles = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : (Iterable<Map.Entry<String, JsonNode>>) schemas::fields) {
            if (reaches(schemas, schema.getValue(), schema.getKey(), new HashSet<>())) {
                cycles.add(schema.getKey());
            }
        }
        assertThat(cycles).as(service + ": schemas that refer back to themselves").isEmpty();
    }

    private static boolean reaches(JsonNode schemas, JsonNode node, String target, Set<String> seen) {
        if (node.isObject() && node.has("$ref")) {
            String name = node.path("$ref").asText().substring(SCHEMA_REF.length());
            if (name.equals(target)) {
                return true;
            }
            if (seen.add(name) && reaches(schemas, schemas.path(name), target, seen)) {
                return true;
            }
        }
        for (JsonNode child : node) {
            if (reaches(schemas, child, target, seen)) {
                return true;
            }
        }
        return false;
    }
}

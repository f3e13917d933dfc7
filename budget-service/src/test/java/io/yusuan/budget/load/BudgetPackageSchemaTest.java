package io.yusuan.budget.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published JSON Schema of the package format holds every demo package and refuses what budget-service refuses. */
class BudgetPackageSchemaTest {

    private static final Validator SCHEMA = Validator.create(
            JsonSchema.of(read("META-INF/resources/schemas/budget-package.schema.json")),
            new JsonSchemaOptions().setDraft(Draft.DRAFT202012).setBaseUri("https://yusuan.io/schemas/"));

    private static JsonObject read(String resource) {
        try (InputStream in = BudgetPackageSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo/410304-141-2022.json", "demo/410304-301-2022.json", "demo/410304-402-2024.json"})
    void everyDemoPackageFollowsTheSchema(String demo) {
        OutputUnit result = SCHEMA.validate(read(demo));
        assertThat(result.getValid()).as(String.valueOf(result.getErrors())).isTrue();
    }

    @Test
    void aPackageWithoutUnitsOrWithAnAmountAsTextOrAnUnknownMemberIsRefused() {
        JsonObject noUnits = read("demo/410304-141-2022.json");
        noUnits.remove("units");
        assertThat(SCHEMA.validate(noUnits).getValid()).isFalse();
        JsonObject textAmount = read("demo/410304-141-2022.json");
        textAmount.getJsonArray("expenditures").getJsonObject(0).put("amount", "334600.00");
        assertThat(SCHEMA.validate(textAmount).getValid()).isFalse();
        JsonObject unknownMember = read("demo/410304-141-2022.json");
        unknownMember.put("budgetTotal", 1);
        assertThat(SCHEMA.validate(unknownMember).getValid()).isFalse();
    }

    /** Each object of the schema, by its path, and the record of the package format it describes. */
    private static final java.util.Map<String, Class<? extends Record>> OBJECTS = java.util.Map.ofEntries(
            java.util.Map.entry("", BudgetPackage.class),
            java.util.Map.entry("region", BudgetPackage.Region.class),
            java.util.Map.entry("department", BudgetPackage.Department.class),
            java.util.Map.entry("units[]", BudgetPackage.Unit.class),
            java.util.Map.entry("revenues[]", BudgetPackage.Revenue.class),
            java.util.Map.entry("projects[]", BudgetPackage.Project.class),
            java.util.Map.entry("expenditures[]", BudgetPackage.Expenditure.class),
            java.util.Map.entry("procurement[]", BudgetPackage.Procurement.class),
            java.util.Map.entry("assets", BudgetPackage.Assets.class),
            java.util.Map.entry("assets.vehicles", BudgetPackage.Vehicles.class),
            java.util.Map.entry("transferPayments[]", BudgetPackage.TransferPayment.class),
            java.util.Map.entry("priorYear", BudgetPackage.PriorYear.class),
            java.util.Map.entry("priorYear.threePublicCosts", BudgetPackage.ThreePublicCosts.class),
            java.util.Map.entry("profile", BudgetPackage.Profile.class));

    private static JsonObject objectAt(JsonObject schema, String path) {
        JsonObject at = schema;
        for (String step : path.isEmpty() ? new String[0] : path.split("\\.")) {
            boolean array = step.endsWith("[]");
            at = at.getJsonObject("properties").getJsonObject(array ? step.substring(0, step.length() - 2) : step);
            if (array) {
                at = at.getJsonObject("items");
            }
        }
        return at;
    }

    @Test
    void theSchemaNamesExactlyTheMembersOfThePackageFormatAndDescribesEach() {
        JsonObject schema = read("META-INF/resources/schemas/budget-package.schema.json");
        OBJECTS.forEach((path, record) -> {
            JsonObject properties = objectAt(schema, path).getJsonObject("properties");
            java.util.Set<String> members = new java.util.TreeSet<>(properties.fieldNames());
            members.remove("$schema");
            java.util.Set<String> components = new java.util.TreeSet<>();
            for (java.lang.reflect.RecordComponent component : record.getRecordComponents()) {
                components.add(component.getName());
            }
            assertThat(members).as("members of " + (path.isEmpty() ? "the package" : path)).isEqualTo(components);
            members.forEach(member -> assertThat(properties.getJsonObject(member).getString("description"))
                    .as("description of " + path + "." + member).isNotBlank());
        });
    }
}

package io.yusuan.performance.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yusuan.performance.DemoTargets;
import io.yusuan.testing.stub.InjectServiceStub;
import java.util.Collections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every limit of a report of actuals answers 400 naming the field and stores nothing. Money spent is never negative; an
 * indicator's actual may be (it can measure a change), so only its size is bounded.
 */
@QuarkusTest
class ActualsLimitsTest {

    private static final String REGION = "429951";
    private static final String WINDOWS = "410304220000000006846";
    private static final String ACTUALS = DemoTargets.path(REGION) + "/projects/" + WINDOWS + "/actuals";
    private static final String HISTORY = DemoTargets.path(REGION) + "/history";
    private static final String ACTUAL = "{\"indicator\": 1, \"actual\": 40}";

    @InjectServiceStub
    WireMockServer budget;

    private int reportsBefore;

    @BeforeEach
    void theProjectHasTargets() {
        DemoTargets.budgetOf(budget, REGION);
        DemoTargets.writeProject(REGION, WINDOWS);
        reportsBefore = reports();
    }

    private static String actuals(String asOf, String executed, String weights, String indicators) {
        return "{\"period\": \"SELF_EVALUATION\", \"asOf\": \"" + asOf + "\"" + (executed == null ? "" : ", \"executed\": " + executed)
                + (weights == null ? "" : ", \"weights\": " + weights) + ", \"indicators\": [" + indicators + "]}";
    }

    private static void refused(String body, String pointer) {
        given().auth().oauth2(DemoTargets.evaluator(REGION)).contentType(ContentType.JSON).body(body).when().post(ACTUALS)
                .then().statusCode(400).contentType("application/problem+json").body("errors.pointer", hasItem(pointer));
    }

    @Test
    void moneySpentIsNeverNegativeAndHasAtMost15IntegerDigitsAndTwoDecimals() {
        for (String executed : new String[] {"-0.01", "1e16", "1e400", "1.001"}) {
            refused(actuals("2022-12-31", executed, null, ACTUAL), "/executed");
        }
        nothingStored();
    }

    @Test
    void theDateIsOfTheFiscalYearOrTheYearAfter() {
        for (String asOf : new String[] {"+57331-01-12", "2030-01-01", "2021-12-31"}) {
            refused(actuals(asOf, null, null, ACTUAL), "/asOf");
        }
        nothingStored();
    }

    @Test
    void weightsAndGradePercentsAreFrom0To100WithTwoDecimals() {
        refused(actuals("2022-12-31", null, "{\"output\": 1e400, \"benefit\": 30, \"satisfaction\": 10, \"budgetExecution\": 10}",
                ACTUAL), "/weights/output");
        refused(actuals("2022-12-31", null, "{\"output\": 50, \"benefit\": 30.001, \"satisfaction\": 10, \"budgetExecution\": 10}",
                ACTUAL), "/weights/benefit");
        refused(actuals("2022-12-31", null, null, "{\"indicator\": 5, \"grade\": \"ACHIEVED\", \"gradePercent\": 101}"),
                "/indicators/0/gradePercent");
        nothingStored();
    }

    @Test
    void anActualIsBoundedInSizeAndTheReportInLength() {
        refused(actuals("2022-12-31", null, null, "{\"indicator\": 1, \"actual\": 1e400}"), "/indicators/0/actual");
        refused(actuals("2022-12-31", null, null, "{\"indicator\": 200, \"actual\": 1}"), "/indicators/0/indicator");
        refused(actuals("2022-12-31", null, null, "{\"indicator\": 1, \"actual\": 40, \"deviationReason\": \""
                + "因".repeat(2001) + "\"}"), "/indicators/0/deviationReason");
        refused(actuals("2022-12-31", null, null, String.join(",", Collections.nCopies(201, ACTUAL))), "/indicators");
        nothingStored();
    }

    @Test
    void anActualMayBeNegative() {
        given().auth().oauth2(DemoTargets.evaluator(REGION)).contentType(ContentType.JSON)
                .body("{\"period\": \"MONITORING\", \"asOf\": \"2022-06-30\", \"indicators\": [{\"indicator\": 1, \"actual\": -5}]}")
                .when().post(ACTUALS).then().statusCode(201);
        assertThat(reports()).isEqualTo(reportsBefore + 1);
    }

    /** The history lists no report of actuals more than before the test. */
    private void nothingStored() {
        assertThat(reports()).isEqualTo(reportsBefore);
    }

    private static int reports() {
        return given().when().get(HISTORY).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.action == 'ACTUALS' }").size();
    }
}

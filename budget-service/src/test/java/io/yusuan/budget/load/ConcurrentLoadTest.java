package io.yusuan.budget.load;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.version.Roles;
import io.yusuan.http.access.TokenScope;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "editor", roles = Roles.EDITOR,
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class ConcurrentLoadTest {

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    EntityManager entityManager;

    /** Every project amount multiplied, so the two packages differ in every project line. */
    private static ObjectNode scaled(String department, int factor) {
        ObjectNode budget = Packages.source(department);
        budget.get("expenditures").forEach(line -> {
            if ("PROJECT".equals(line.get("kind").asText())) {
                ((ObjectNode) line).put("amount", line.get("amount").decimalValue().multiply(BigDecimal.valueOf(factor)));
            }
        });
        return budget;
    }

    @Test
    void twoLoadsOfTheSameDraftAtOnceLeaveOneWholePackageNeverAMix() throws Exception {
        CatalogStubs.answer2022(catalog);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String department = "5" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Integer>> loads = List.of(2, 3).stream().<Callable<Integer>>map(factor -> () -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(scaled(department, factor).toString())
                            .when().put("/api/v1/regions/410304/departments/{d}/budgets/2022/draft", department)
                            .then().extract().statusCode();
                }).toList();
                List<Future<Integer>> results = loads.stream().map(pool::submit).toList();
                start.countDown();
                for (Future<Integer> result : results) {
                    assertThat(result.get()).isEqualTo(200);
                }
                List<?> projectAmounts = entityManager.createNativeQuery("""
                        select distinct l.amount / p.base from expenditure_line l
                        join budget_version v on v.id = l.version_id
                        join budget b on b.id = v.budget_id join department d on d.id = b.department_id
                        join (values ('410304220000000006846', 200000.00), ('410304220000000013205', 45000.00),
                                     ('410304220000000013206', 50000.00), ('410304220000000019620', 38400.00),
                                     ('410304220000000019622', 35000.00), ('410304220000000019623', 15600.00)) p(code, base)
                          on p.code = l.project_code
                        where d.code = ?1""").setParameter(1, department).getResultList();
                assertThat(projectAmounts).as("every project line comes from the same package").hasSize(1);
                Number lines = (Number) entityManager.createNativeQuery("""
                        select count(*) from expenditure_line l join budget_version v on v.id = l.version_id
                        join budget b on b.id = v.budget_id join department d on d.id = b.department_id where d.code = ?1""")
                        .setParameter(1, department).getSingleResult();
                assertThat(lines.intValue()).isEqualTo(20);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

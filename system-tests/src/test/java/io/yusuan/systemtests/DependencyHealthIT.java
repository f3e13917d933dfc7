package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each service reaches the one it depends on over real HTTP, at the address local-run gave it: its
 * dependencies health check calls the other service, so UP means the wiring works end to end.
 */
@ExtendWith(LocalStackExtension.class)
class DependencyHealthIT {

    @ParameterizedTest
    @EnumSource(value = Service.class, names = {"BUDGET", "PERFORMANCE"})
    void reachesTheServiceItDependsOn(Service service, LocalStack stack) {
        String dependency = service.dependency().orElseThrow().moduleName();

        given().baseUri(stack.baseUrl(service).toString())
                .get("/q/health/group/dependencies")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem(dependency))
                .body("checks.find { it.name == '" + dependency + "' }.status", equalTo("UP"));
    }
}

package io.yusuan.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.junit.jupiter.api.Test;

class RouterFailureProblemsTest {

    @Test
    void aTokenRefusedByAnHttpPermissionIsThe401OrThe403OfTheResources() {
        assertThat(RouterFailureProblems.of(-1, new UnauthorizedException(), "/q/metrics"))
                .contains(SecurityProblems.unauthorized("/q/metrics"));
        assertThat(RouterFailureProblems.of(-1, new AuthenticationFailedException(), "/q/metrics"))
                .hasValueSatisfying(problem -> assertThat(problem.status()).isEqualTo(401));
        assertThat(RouterFailureProblems.of(-1, new ForbiddenException(), "/q/metrics"))
                .contains(SecurityProblems.forbidden("/q/metrics"));
    }

    @Test
    void theStatusesAClientCausesAreProblemsTypedByTheirReason() {
        for (int status : new int[] {400, 401, 403, 404, 405, 413, 414, 431}) {
            assertThat(RouterFailureProblems.of(status, null, "/api/v1/%zz")).as("" + status)
                    .hasValueSatisfying(problem -> {
                        assertThat(problem.status()).isEqualTo(status);
                        assertThat(problem.type()).startsWith(Problem.TYPE_BASE);
                        assertThat(problem.detail()).isNotBlank();
                        assertThat(problem.instance()).isEqualTo("/api/v1/%zz");
                    });
        }
        assertThat(RouterFailureProblems.of(400, null, "/")).get().extracting(Problem::type)
                .isEqualTo(Problem.TYPE_BASE + "bad-request");
    }

    @Test
    void aFailureOfOursIsLeftToQuarkus() {
        assertThat(RouterFailureProblems.of(500, new IllegalStateException("boom"), "/")).isEmpty();
        assertThat(RouterFailureProblems.of(-1, new IllegalStateException("boom"), "/")).isEmpty();
    }

    @Test
    void aVeryLongPathIsNotEchoed() {
        assertThat(RouterFailureProblems.of(414, null, "/" + "x".repeat(10_000))).get().extracting(Problem::instance)
                .isNull();
    }
}

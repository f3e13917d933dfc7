package io.yusuan.http.headers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SwaggerUiPolicyTest {

    @Test
    void swaggerUisPagesGetAPolicyThatLetsItsInlineBootstrapRunAndConfinesEverythingToThisOrigin() {
        for (String path : new String[] {"/q/swagger-ui", "/q/swagger-ui/", "/q/swagger-ui/index.html",
                "/q/swagger-ui/oauth2-redirect.html"}) {
            assertThat(SwaggerUiPolicy.forPath(path)).as(path).hasValueSatisfying(policy -> assertThat(policy)
                    .contains("default-src 'self'", "script-src 'self' 'unsafe-inline'",
                            "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "connect-src 'self'",
                            "object-src 'none'")
                    .doesNotContain("unsafe-eval", "*"));
        }
    }

    @Test
    void otherAnswersGetNone() {
        assertThat(SwaggerUiPolicy.forPath("/q/openapi")).isEmpty();
        assertThat(SwaggerUiPolicy.forPath("/q/swagger-uix")).isEmpty();
        assertThat(SwaggerUiPolicy.forPath("/api/v1/regions/410304/departments/141/budgets/2022/disclosure")).isEmpty();
        assertThat(SwaggerUiPolicy.forPath(null)).isEmpty();
    }
}

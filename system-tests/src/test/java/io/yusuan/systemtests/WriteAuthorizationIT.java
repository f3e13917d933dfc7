package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.yusuan.localrun.JwtIssuer;
import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Writes need a JWT signed by the key the services were started with, from {@value JwtIssuer#ISSUER}, still
 * valid, with the write role of the service: anything less is refused by the real services as problem+json —
 * 401 without a token the service can trust, 403 without the role — and stores nothing.
 */
@ExtendWith(LocalStackExtension.class)
class WriteAuthorizationIT {

    /** A department of its own, so that nothing here touches the demo budget. */
    private static final String BUDGET = "/api/v1/regions/410304/departments/996/budgets/2022";
    private static final String CATALOG_YEAR = "/api/v1/schemes/functional/years/2032";

    /** Every write of budget-service and catalog-service, each with a body it would accept from an editor. */
    enum Write {
        LOAD_DRAFT(Service.BUDGET, "PUT", BUDGET + "/draft", "application/json", null),
        SUBMIT(Service.BUDGET, "POST", BUDGET + "/draft/submit", null, null),
        APPROVE(Service.BUDGET, "POST", BUDGET + "/draft/approve", "application/json",
                "{\"approvalDate\": \"2022-02-01\", \"approvedBy\": \"区财政局\"}"),
        PUBLISH(Service.BUDGET, "POST", BUDGET + "/draft/publish", null, null),
        ADJUST(Service.BUDGET, "POST", BUDGET + "/adjustments", null, null),
        LOAD_CATALOG_YEAR(Service.CATALOG, "PUT", CATALOG_YEAR, "text/csv; charset=UTF-8",
                "code,level,parent,name,name_en,provenance,basic_category,three_public_part\n201,类,,一般公共服务支出,,provisional,,\n");

        final Service service;
        final String method;
        final String path;
        final String contentType;
        final String body;

        Write(Service service, String method, String path, String contentType, String body) {
            this.service = service;
            this.method = method;
            this.path = path;
            this.contentType = contentType;
            this.body = body;
        }

        ValidatableResponse send(LocalStack stack, String token) throws IOException {
            RequestSpecification request = given().baseUri(stack.baseUrl(service).toString());
            if (token != null) {
                request.auth().oauth2(token);
            }
            if (contentType != null) {
                request.contentType(contentType).body(body != null ? body : Files.readString(
                        LocalStackExtension.projectRoot().resolve("demo/budgets/410304-141-2022.json")));
            }
            return request.request(method, path).then();
        }
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void aWriteWithoutATokenIs401ProblemJson(Write write, LocalStack stack) throws IOException {
        refused(write.send(stack, null), 401)
                .header("WWW-Authenticate", startsWith("Bearer"));
        nothingStored(stack);
    }

    /** Tokens a service must not trust, however well-formed. */
    enum Untrusted {
        SIGNED_BY_ANOTHER_KEY(test -> test.otherKey.token("intruder", Duration.ofMinutes(5), JwtIssuer.BUDGET_EDITOR,
                JwtIssuer.CATALOG_ADMIN)),
        FROM_ANOTHER_ISSUER(test -> test.stack.jwt().sign(claims("https://elsewhere.example", 300))),
        EXPIRED(test -> test.stack.jwt().sign(claims(JwtIssuer.ISSUER, -600))),
        NOT_A_JWT(test -> "not-a-token");

        final Function<WriteAuthorizationIT, String> token;

        Untrusted(Function<WriteAuthorizationIT, String> token) {
            this.token = token;
        }
    }

    @TempDir
    Path otherKeyFolder;

    private JwtIssuer otherKey;
    private LocalStack stack;

    @ParameterizedTest
    @EnumSource(Untrusted.class)
    void aTokenTheServicesCannotTrustIs401(Untrusted untrusted, LocalStack stack) throws IOException {
        this.stack = stack;
        this.otherKey = JwtIssuer.loadOrCreate(otherKeyFolder);
        String token = untrusted.token.apply(this);

        refused(Write.LOAD_DRAFT.send(stack, token), 401);
        refused(Write.LOAD_CATALOG_YEAR.send(stack, token), 401);
        nothingStored(stack);
    }

    @Test
    void aValidTokenWithoutTheServicesWriteRoleIs403(LocalStack stack) throws IOException {
        String catalogAdmin = stack.jwt().token("catalog-admin", Duration.ofMinutes(5), JwtIssuer.CATALOG_ADMIN);
        String budgetEditor = stack.jwt().token("budget-editor", Duration.ofMinutes(5), JwtIssuer.BUDGET_EDITOR);

        refused(Write.LOAD_DRAFT.send(stack, catalogAdmin), 403);
        refused(Write.SUBMIT.send(stack, catalogAdmin), 403);
        refused(Write.LOAD_CATALOG_YEAR.send(stack, budgetEditor), 403);
        nothingStored(stack);
    }

    private static ValidatableResponse refused(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status));
    }

    /** Neither the budget (seen as its editor would, drafts included) nor the catalog year exists. */
    private static void nothingStored(LocalStack stack) {
        // the department's own editor, who sees its drafts too
        String editor = new Tokens(stack.jwt()).scoped(Tokens.BUDGET_EDITOR, "410304", "996");
        given().baseUri(stack.baseUrl(Service.BUDGET).toString()).auth().oauth2(editor)
                .get(BUDGET).then().statusCode(404);
        given().baseUri(stack.baseUrl(Service.CATALOG).toString())
                .get(CATALOG_YEAR + "/codes").then().statusCode(404);
    }

    private static Map<String, Object> claims(String issuer, long expiresInSeconds) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", "intruder");
        claims.put("upn", "intruder");
        claims.put("groups", List.of(JwtIssuer.BUDGET_EDITOR, JwtIssuer.CATALOG_ADMIN));
        claims.put("iat", now - 3600);
        claims.put("exp", now + expiresInSeconds);
        return claims;
    }
}

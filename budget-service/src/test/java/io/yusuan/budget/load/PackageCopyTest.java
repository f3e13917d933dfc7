package io.yusuan.budget.load;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Lines stored with COPY ({@link CopyRows}) read back exactly as they were given. */
@QuarkusTest
@TestSecurity(user = "editor", roles = Roles.EDITOR,
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class PackageCopyTest {

    /** Every character COPY's text format treats specially, and what a careless escaping would mistake for them. */
    private static final List<String> AWKWARD = Arrays.asList(
            "制表\t符", "换\n行", "回\r车", "末尾\\", "反\\斜\\\\杠", "\\N", "\\.", "\\t not a tab", "\"双引号\" '单引号'",
            "", " ", null, "河南省洛阳市瀍河回族区政务服务和大数据管理局 𠀀 😀", "a,b;c|d", "x".repeat(70_000) + "\t尾");

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    DataSource dataSource;

    @Test
    void textWithTabsLineBreaksBackslashesQuotesAndChineseReadsBackExactly() {
        List<String> stored = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement create = connection.createStatement()) {
                    create.execute("create temporary table copied (n int primary key, value text) on commit drop");
                }
                try (CopyRows rows = new CopyRows(connection, "copied (n, value)")) {
                    for (int i = 0; i < AWKWARD.size(); i++) {
                        rows.number(i).text(AWKWARD.get(i)).endRow();
                    }
                    assertThat(rows.finish()).isEqualTo(AWKWARD.size());
                }
                List<String> values = new ArrayList<>();
                try (Statement select = connection.createStatement();
                     ResultSet row = select.executeQuery("select value from copied order by n")) {
                    while (row.next()) {
                        values.add(row.getString(1));
                    }
                }
                return values;
            }
        });
        assertThat(stored).containsExactlyElementsOf(AWKWARD);
    }

    @Test
    void namesAndItemsOfALoadedPackageAreStoredAsGiven() throws SQLException {
        CatalogStubs.answer2022(catalog);
        String unitName = "局机关\\本级 \"综合\" '科' \\N";
        String projectName = "政务服务\\.工作经费 \\t 𠀀";
        String item = "政务外网线路租赁\\";
        ObjectNode budget = Packages.source("331");
        ((ObjectNode) budget.get("units").get(0)).put("name", unitName);
        ((ObjectNode) budget.get("projects").get(0)).put("name", projectName);
        ((ArrayNode) budget.get("procurement")).addObject()
                .put("unit", budget.get("units").get(0).get("code").asText()).put("type", "SERVICES").put("item", item)
                .put("amount", new BigDecimal("38400.00"));
        given().contentType(ContentType.JSON).body(budget.toString())
                .when().put("/api/v1/regions/410304/departments/331/budgets/2022/draft")
                .then().statusCode(200).body("totals.expenditure", is(1730700.00f)).body("totals.lines", is(20));

        assertThat(stored("select u.name from budget_unit u", "u")).containsExactly(unitName);
        assertThat(stored("select p.name from project p", "p")).contains(projectName);
        assertThat(stored("select l.item from procurement_line l", "l")).containsExactly(item);
    }

    /** One column of the rows department 331's draft holds in a table aliased {@code alias}. */
    private List<String> stored(String select, String alias) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(select + """
                      join budget_version v on v.id = %s.version_id join budget b on b.id = v.budget_id
                     join department d on d.id = b.department_id where d.region_code = '410304' and d.code = ?
                     order by 1""".formatted(alias))) {
            query.setString(1, "331");
            List<String> values = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    values.add(row.getString(1));
                }
            }
            return values;
        }
    }
}

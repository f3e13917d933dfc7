package io.yusuan.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each act of the lifecycle goes with the token budget-service accepts for it, no broader. */
class PublisherTest {

    private static final BudgetPackage BUDGET = new BudgetGenerator(
            CatalogLists.shipped(Path.of(System.getProperty("yusuan.root")).toAbsolutePath().normalize(), 2022), "410304", 3)
            .next();

    private final List<String> calls = new ArrayList<>();
    private HttpServer budgetService;

    @BeforeEach
    void start() throws IOException {
        budgetService = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        budgetService.createContext("/", exchange -> {
            synchronized (calls) {
                String below = exchange.getRequestURI().getPath().replaceFirst(".*/budgets/[0-9]+", "");
                calls.add(exchange.getRequestMethod() + " " + below + " "
                        + exchange.getRequestHeaders().getFirst("Authorization"));
            }
            byte[] body = "{\"findings\": []}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        budgetService.start();
    }

    @AfterEach
    void stop() {
        budgetService.stop(0);
    }

    private Publisher publisher() {
        return new Publisher(URI.create("http://localhost:" + budgetService.getAddress().getPort()),
                (role, region, departments) -> role + "@" + region + departments);
    }

    @Test
    void theDepartmentWritesAndSubmitsTheFinanceBureauApprovesAndPublishes() {
        publisher().publish(BUDGET, true);

        String editor = "Bearer budget-editor@" + BUDGET.region().code() + "[" + BUDGET.department().code() + "]";
        String bureau = "Bearer budget-approver@" + BUDGET.region().code() + "[]";
        assertThat(calls).containsExactly("POST /adjustments " + editor, "PUT /draft " + editor,
                "POST /draft/submit " + editor, "POST /draft/approve " + bureau, "POST /draft/publish " + bureau);
    }
}

package io.yusuan.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yusuan.localrun.Service;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fifty clients read published tables while ten editors upload their own departments' drafts, over and over, for
 * {@code -Dyusuan.it.load.seconds} (60 by default). No answer is a 5xx or fails to come; every public read shows the
 * published figures, never a draft's (no mixed package); every editor reads back exactly the package it last uploaded
 * (no lost one). Afterwards each department publishes its last upload, and its table 01 and totals equal that package's
 * figures.
 *
 * <p>Departments 9201–9210 of region 410304 are this test's own; each package is the demo's with {@code k} yuan more on
 * its first line and its first revenue, {@code k} counting the editor's uploads, so every figure says which upload it
 * came from.
 */
@ExtendWith(LocalStackExtension.class)
class LoadIT {

    private static final int READERS = 50;
    private static final int UPLOADERS = 10;
    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("yusuan.it.load.seconds", 60));

    @Test
    void fiftyReadersAndTenUploadersForAMinuteGetNo5xxAndEveryTableEqualsThePackagesUploaded(LoadedDemo demo)
            throws Exception {
        Editors editors = new Editors(demo.stack()::baseUrl, new Tokens(demo.stack().jwt()));
        URI budgetService = demo.stack().baseUrl(Service.BUDGET);
        List<String> departments = new ArrayList<>();
        for (int i = 1; i <= UPLOADERS; i++) {
            String department = String.valueOf(9200 + i);
            departments.add(department);
            editors.publishDemoBudget(department);
            Editors.expect(editors.on(Service.BUDGET, editors.editor(department)).post(Editors.budget(department)
                    + "/adjustments"), 200, "open an adjustment of " + department);
        }
        BigDecimal base = sum(Editors.demoPackage("141").path("expenditures"));
        BigDecimal baseRevenue = sum(Editors.demoPackage("141").path("revenues"));
        List<String> readable = new ArrayList<>(departments);
        readable.add("141");

        Http http = new Http();
        List<String> faults = Collections.synchronizedList(new ArrayList<>());
        AtomicLong reads = new AtomicLong();
        AtomicLong uploads = new AtomicLong();
        Map<String, Integer> lastUpload = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + DURATION.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(READERS + UPLOADERS);
        List<Future<?>> clients = new ArrayList<>();
        try {
            for (String department : departments) {
                String token = editors.editor(department);
                clients.add(pool.submit(() -> {
                    for (int k = 1; System.nanoTime() < deadline && faults.size() < 50; k++) {
                        Http.Answer put = http.put(budgetService, Editors.budget(department) + "/draft", token,
                                variant(department, k).toString());
                        uploads.incrementAndGet();
                        if (put.status() != 200) {
                            faults.add("upload " + k + " of " + department + ": " + put);
                            continue;
                        }
                        lastUpload.put(department, k);
                        Http.Answer read = http.get(budgetService, Editors.budget(department), token);
                        BigDecimal total = read.json().path("totals").path("expenditure").decimalValue();
                        if (read.status() != 200 || total.compareTo(base.add(BigDecimal.valueOf(k))) != 0) {
                            faults.add("the editor of " + department + " uploaded package " + k + " and read back " + read);
                        }
                    }
                }));
            }
            AtomicInteger next = new AtomicInteger();
            for (int r = 0; r < READERS; r++) {
                clients.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline && faults.size() < 50) {
                        String department = readable.get(Math.floorMod(next.getAndIncrement(), readable.size()));
                        Http.Answer table = http.get(budgetService, Editors.budget(department) + "/tables/01?unit=yuan", null);
                        reads.incrementAndGet();
                        if (table.status() != 200) {
                            faults.add("table 01 of " + department + ": " + table);
                            continue;
                        }
                        BigDecimal[] totals = table01Totals(table.json());
                        if (totals[0].compareTo(baseRevenue) != 0 || totals[1].compareTo(base) != 0) {
                            faults.add("the public table 01 of " + department + " shows revenue " + totals[0]
                                    + " and expenditure " + totals[1] + ", not the published " + baseRevenue + " and " + base);
                        }
                    }
                }));
            }
            for (Future<?> client : clients) {
                client.get(DURATION.toSeconds() + 120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("[load] " + reads.get() + " table reads and " + uploads.get() + " uploads in " + DURATION.toSeconds()
                + " s");
        assertThat(faults).as("answers under load that were 5xx, missing or wrong").isEmpty();
        assertThat(lastUpload).as("every editor uploaded").hasSize(UPLOADERS);

        for (String department : departments) {
            editors.submit(department);
            editors.approve(department);
            editors.publish(department);
            BigDecimal extra = BigDecimal.valueOf(lastUpload.get(department));
            Http.Answer table = http.get(budgetService, Editors.budget(department) + "/tables/01?unit=yuan", null);
            BigDecimal[] totals = table01Totals(table.json());
            assertThat(totals[0]).as(department + " table 01 revenue").isEqualByComparingTo(baseRevenue.add(extra));
            assertThat(totals[1]).as(department + " table 01 expenditure").isEqualByComparingTo(base.add(extra));
            JsonNode budget = http.get(budgetService, Editors.budget(department), null).json();
            assertThat(budget.path("totals").path("expenditure").decimalValue()).as(department + " total")
                    .isEqualByComparingTo(base.add(extra));
            assertThat(budget.path("totals").path("lines").asInt()).as(department + " lines")
                    .isEqualTo(Editors.demoPackage(department).path("expenditures").size());
            assertThat(budget.path("versions").size()).as(department + " versions: the first and the adjustment").isEqualTo(2);
        }
    }

    /** The demo's package as {@code department}, {@code k} yuan more on its first line and its first revenue. */
    static ObjectNode variant(String department, int k) {
        ObjectNode budget = Editors.demoPackage(department);
        for (String list : List.of("expenditures", "revenues")) {
            ObjectNode first = (ObjectNode) budget.path(list).path(0);
            first.put("amount", first.path("amount").decimalValue().add(BigDecimal.valueOf(k)));
        }
        return budget;
    }

    private static BigDecimal sum(JsonNode lines) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : lines) {
            sum = sum.add(line.path("amount").decimalValue());
        }
        return sum;
    }

    /** Table 01's 收入总计 and 支出总计. */
    static BigDecimal[] table01Totals(JsonNode table) {
        BigDecimal[] totals = {BigDecimal.valueOf(-1), BigDecimal.valueOf(-1)};
        for (JsonNode section : table.path("sections")) {
            String key = section.path("key").asText();
            if (key.equals("revenue")) {
                totals[0] = section.path("total").path("amount").decimalValue();
            } else if (key.equals("expenditure")) {
                totals[1] = section.path("total").path("amount").decimalValue();
            }
        }
        return totals;
    }
}

package io.yusuan.budget.changes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yusuan.budget.load.BudgetLoader;
import io.yusuan.budget.load.BudgetPackage;
import io.yusuan.budget.version.Lifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** Takes budgets of 410304, 2022, through their lifecycle as a budget office would, for the feed's and export's tests. */
@ApplicationScoped
public class Publisher {

    private final BudgetLoader loader;
    private final Lifecycle lifecycle;
    private final ObjectMapper json;

    public Publisher(BudgetLoader loader, Lifecycle lifecycle, ObjectMapper json) {
        this.loader = loader;
        this.lifecycle = lifecycle;
        this.json = json;
    }

    /** Loads the package into the department's draft. */
    public void load(String department, ObjectNode budget) {
        try {
            loader.replaceDraft("410304", department, 2022, json.treeToValue(budget, BudgetPackage.class), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads, submits, approves and publishes the package. */
    public void publish(String department, ObjectNode budget) {
        load(department, budget);
        lifecycle.submit("410304", department, 2022);
        lifecycle.approve("410304", department, 2022, LocalDate.of(2022, 2, 1), "区财政局");
        lifecycle.publish("410304", department, 2022);
    }

    /** Opens the draft of an adjustment (预算调整) of the published budget. */
    public void adjust(String department) {
        lifecycle.adjust("410304", department, 2022);
    }

    /** 预算调整 published: the package as the next version. */
    public void publishAdjustment(String department, ObjectNode budget) {
        adjust(department);
        publish(department, budget);
    }
}

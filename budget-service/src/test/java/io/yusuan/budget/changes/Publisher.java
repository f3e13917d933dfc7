package io.yusuan.budget.changes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yusuan.budget.load.BudgetLoader;
import io.yusuan.budget.load.BudgetPackage;
import io.yusuan.budget.version.ApprovalRequest;
import io.yusuan.budget.version.Lifecycle;
import io.yusuan.http.key.BudgetKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** Takes budgets of 410304, 2022, through their lifecycle as a budget office would, for the feed's and export's tests. */
@ApplicationScoped
public class Publisher {

    private final BudgetLoader loader;
    private final Lifecycle lifecycle;
    private final ObjectMapper json;
    private final EntityManager entityManager;

    public Publisher(BudgetLoader loader, Lifecycle lifecycle, ObjectMapper json, EntityManager entityManager) {
        this.loader = loader;
        this.lifecycle = lifecycle;
        this.json = json;
        this.entityManager = entityManager;
    }

    /** Loads the package into the department's draft. */
    public void load(String department, ObjectNode budget) {
        try {
            loader.replaceDraft(new BudgetKey("410304", department, 2022),
                json.treeToValue(budget, BudgetPackage.class), null, "budget-office");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads, submits, approves and publishes the package. */
    public void publish(String department, ObjectNode budget) {
        load(department, budget);
        lifecycle.submit(new BudgetKey("410304", department, 2022), "budget-office");
        lifecycle.approve(new BudgetKey("410304", department, 2022), new ApprovalRequest(LocalDate.of(2022, 2, 1), "区财政局"),
                "finance-bureau");
        lifecycle.publish(new BudgetKey("410304", department, 2022), "budget-office");
    }

    /** Opens the draft of an adjustment (预算调整) of the published budget. */
    public void adjust(String department) {
        lifecycle.adjust(new BudgetKey("410304", department, 2022), "budget-office");
    }

    /** 预算调整 published: the package as the next version. */
    public void publishAdjustment(String department, ObjectNode budget) {
        adjust(department);
        publish(department, budget);
    }

    /**
     * Removes the departments of 410304 whose code starts with {@code prefix}, their budgets, versions and events:
     * every test class shares the database, and some count the departments they find.
     */
    @Transactional
    public void removeAll(String prefix) {
        String budgets = "select b.id from budget b join department d on d.id = b.department_id"
                + " where d.region_code = '410304' and d.code like ?1";
        for (String delete : new String[] {
                "delete from publication_event where budget_id in (" + budgets + ")",
                "delete from budget_version where budget_id in (" + budgets + ")",
                "delete from budget where id in (" + budgets + ")",
                "delete from department where region_code = '410304' and code like ?1"}) {
            entityManager.createNativeQuery(delete).setParameter(1, prefix + "%").executeUpdate();
        }
    }
}

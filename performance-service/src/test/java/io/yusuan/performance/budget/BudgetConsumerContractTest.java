package io.yusuan.performance.budget;

import io.yusuan.contracts.ConsumerExpectation;
import org.junit.jupiter.api.Test;

/**
 * What performance-service reads of budget-service (departments, funding, the tables workbook), as its REST client and the
 * records it reads declare it, is what {@code contracts/consumers/performance-service-on-budget-service.json} says;
 * budget-service's build checks that file against its own contract.
 */
class BudgetConsumerContractTest {

    @Test
    void theCommittedExpectationOnBudgetServiceIsWhatTheClientReads() {
        ConsumerExpectation.verifyCommitted("performance-service", "budget-service", BudgetRestClient.class);
    }
}

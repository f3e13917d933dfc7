package io.yusuan.budget.performance;

import io.yusuan.contracts.ConsumerExpectation;
import org.junit.jupiter.api.Test;

/**
 * What budget-service's disclosure document reads of performance-service (tables 12 and 13, the targets' budget versions),
 * as its REST client and records declare it, is what
 * {@code contracts/consumers/budget-service-on-performance-service.json} says; performance-service's build checks that file
 * against its own contract.
 */
class PerformanceConsumerContractTest {

    @Test
    void theCommittedExpectationOnPerformanceServiceIsWhatTheClientReads() {
        ConsumerExpectation.verifyCommitted("budget-service", "performance-service", PerformanceRestClient.class);
    }
}

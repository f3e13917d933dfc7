package io.yusuan.budget.catalog;

import io.yusuan.contracts.ConsumerExpectation;
import org.junit.jupiter.api.Test;

/**
 * What budget-service reads of catalog-service, as its REST client and the records it reads declare it, is what
 * {@code contracts/consumers/budget-service-on-catalog-service.json} says; catalog-service's build checks that file
 * against its own contract, so a field renamed there (the 类 names table 08 prints, say) fails catalog-service's build.
 */
class CatalogConsumerContractTest {

    @Test
    void theCommittedExpectationOnCatalogServiceIsWhatTheClientReads() {
        ConsumerExpectation.verifyCommitted("budget-service", "catalog-service", CatalogRestClient.class);
    }
}

package io.yusuan.budget.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.yusuan.contracts.ConsumerCheck;
import org.junit.jupiter.api.Test;

/** Every service that calls budget-service finds, in its committed contract, each operation and field it reads. */
class ConsumerContractsTest {

    @Test
    void everyConsumerFindsWhatItReadsInTheCommittedContract() {
        assertThat(ConsumerCheck.committedGaps("budget-service")).isEmpty();
    }
}

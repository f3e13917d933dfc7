package io.yusuan.performance.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.yusuan.contracts.ConsumerCheck;
import org.junit.jupiter.api.Test;

/** Every service that calls performance-service finds, in its committed contract, each operation and field it reads. */
class ConsumerContractsTest {

    @Test
    void everyConsumerFindsWhatItReadsInTheCommittedContract() {
        assertThat(ConsumerCheck.committedGaps("performance-service")).isEmpty();
    }
}

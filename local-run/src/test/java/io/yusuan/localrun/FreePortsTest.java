package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void portsAreDistinctAndFree() throws Exception {
        List<Integer> ports = FreePorts.choose(3);

        assertThat(ports).hasSize(3).doesNotHaveDuplicates().allSatisfy(port -> assertThat(port).isPositive());
        for (int port : ports) {
            new ServerSocket(port).close();
        }
    }
}

package io.yusuan.localrun;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks ports nothing listens on. A service cannot be told "port 0" (its dependants need to know the
 * real port before it starts), so the port is chosen here and handed over.
 */
final class FreePorts {

    private FreePorts() {
    }

    /**
     * Distinct free ports: all sockets stay bound until every port is chosen, so the system cannot hand
     * out the same one twice. Another program could still take one before the service binds it; in the
     * second that takes, that is unlikely enough.
     */
    static List<Integer> choose(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports.add(socket.getLocalPort());
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}

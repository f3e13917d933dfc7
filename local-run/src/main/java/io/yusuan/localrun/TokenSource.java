package io.yusuan.localrun;

import java.util.List;

/**
 * Mints the bearer token of a role acting for a region and, within it, for the departments named (none: the whole
 * region, as a finance bureau). The demo data writes each step with the token the services will accept for it, no
 * broader: a department's editor for its drafts, the region's approver for approving and publishing.
 */
@FunctionalInterface
interface TokenSource {

    String token(String role, String region, List<String> departments);
}

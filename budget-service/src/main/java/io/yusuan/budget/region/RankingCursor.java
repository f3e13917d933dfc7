package io.yusuan.budget.region;

import io.yusuan.http.key.BudgetKey;
import io.yusuan.problem.InvalidCursorProblem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of the ranking ended: the last department's sort value, region and department code (the order's
 * tie-breakers), and the sort and order it was issued for. Keyset paging: the next page starts after that key whatever
 * was published meanwhile, and a cursor is never read under another sort. Opaque to clients.
 */
record RankingCursor(RankingSort sort, boolean descending, BigDecimal value, String region, String department) {

    private static final String SEPARATOR = "|";

    String token() {
        String key = String.join(SEPARATOR, sort.parameter(), descending ? "desc" : "asc", value.toPlainString(), region,
                department);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor in {@code token}, which must have been issued for this sort and order; null for none. Anything else
     * is a 400 naming {@code cursor}.
     */
    static RankingCursor parse(String token, RankingSort sort, boolean descending) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length == 5 && parts[0].equals(sort.parameter()) && parts[1].equals(descending ? "desc" : "asc")
                    && parts[3].matches(BudgetKey.REGION_PATTERN) && parts[4].matches(BudgetKey.DEPARTMENT_PATTERN)) {
                return new RankingCursor(sort, descending, new BigDecimal(parts[2]), parts[3], parts[4]);
            }
        } catch (IllegalArgumentException notOurs) {
            // not base64, or not a number: answered below
        }
        throw new InvalidCursorProblem();
    }
}

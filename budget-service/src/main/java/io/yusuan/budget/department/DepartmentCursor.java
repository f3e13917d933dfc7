package io.yusuan.budget.department;

import io.yusuan.problem.InvalidCursorProblem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The position after the last department of a page, handed to clients as an opaque token so that
 * they cannot depend on what is inside.
 */
public record DepartmentCursor(String regionCode, String code) {

    public static DepartmentCursor after(Department last) {
        return new DepartmentCursor(last.regionCode(), last.code());
    }

    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((regionCode + ":" + code).getBytes(StandardCharsets.UTF_8));
    }

    /** @return the cursor in {@code token}, or null for none; a token we did not issue is a 400 */
    public static DepartmentCursor parse(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon == 6 && decoded.length() > 7) {
                return new DepartmentCursor(decoded.substring(0, colon), decoded.substring(colon + 1));
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below as a bad cursor
        }
        throw new InvalidCursorProblem();
    }
}

package io.yusuan.catalog.code;

import io.yusuan.problem.InvalidCursorProblem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The last code of a page, handed to clients as an opaque token. */
final class CodeCursor {

    private CodeCursor() {
    }

    static String token(String lastCode) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastCode.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the code after which the page starts, or null for the first page */
    static String parse(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            String code = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (code.matches("[0-9]{1,7}")) {
                return code;
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below
        }
        throw new InvalidCursorProblem();
    }
}

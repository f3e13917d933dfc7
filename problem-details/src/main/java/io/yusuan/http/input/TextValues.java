package io.yusuan.http.input;

/**
 * Which text a JSON string value may hold. PostgreSQL cannot store a NUL in text, a lone surrogate is no character at
 * all (it cannot be written as UTF-8), and the other C0 controls have no place in a name, a code or a narrative; tabs
 * and line breaks do, in narratives.
 */
final class TextValues {

    private TextValues() {
    }

    /** Whether the value holds a C0 control other than tab, line feed and carriage return, or a lone surrogate. */
    static boolean isRefused(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}

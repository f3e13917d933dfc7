package io.yusuan.problem;

/**
 * A bad value as a problem's detail may quote it: at most {@value #MAX} characters, control characters shown as their
 * code points in hex, and the full length said when it is cut, so a 1 MiB bad value never comes back in the error.
 */
public final class Excerpt {

    /** The most characters of a bad value a detail quotes. */
    public static final int MAX = 40;

    private Excerpt() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        int length = text.length();
        int end = Math.min(length, MAX);
        if (end > 0 && end < length && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder quoted = new StringBuilder("\"");
        text.substring(0, end).codePoints().forEach(point -> {
            if (Character.isISOControl(point) || Character.getType(point) == Character.SURROGATE) {
                quoted.append(String.format("\\u%04X", point));
            } else {
                quoted.appendCodePoint(point);
            }
        });
        quoted.append('"');
        if (end < length) {
            quoted.append("… (").append(length).append(" characters)");
        }
        return quoted.toString();
    }
}

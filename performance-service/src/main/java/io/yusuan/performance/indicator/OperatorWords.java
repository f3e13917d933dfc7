package io.yusuan.performance.indicator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The spellings of a comparison that budget offices use, rewritten to one sign each: ≥ ≤ &gt; &lt;.
 *
 * <p>Applied only to the text being read as a number: a qualitative statement that happens to say "不超过" keeps its
 * words. Longer spellings are rewritten first, so "不大于" becomes ≤ before "大于" could become &gt;, and "&gt;=" becomes
 * ≥ before a lone "&gt;" is read.
 */
final class OperatorWords {

    /** In rewrite order: every key that contains another key comes before it. */
    private static final Map<String, String> SPELLINGS = new LinkedHashMap<>();

    static {
        SPELLINGS.put("大于或等于", "≥");
        SPELLINGS.put("小于或等于", "≤");
        SPELLINGS.put("大于等于", "≥");
        SPELLINGS.put("小于等于", "≤");
        SPELLINGS.put("不小于", "≥");
        SPELLINGS.put("不低于", "≥");
        SPELLINGS.put("不少于", "≥");
        SPELLINGS.put("不大于", "≤");
        SPELLINGS.put("不高于", "≤");
        SPELLINGS.put("不超过", "≤");
        SPELLINGS.put("不多于", "≤");
        SPELLINGS.put("大于", ">");
        SPELLINGS.put("小于", "<");
        SPELLINGS.put(">=", "≥");
        SPELLINGS.put("=>", "≥");
        SPELLINGS.put("<=", "≤");
        SPELLINGS.put("=<", "≤");
        SPELLINGS.put("≧", "≥");
        SPELLINGS.put("⩾", "≥");
        SPELLINGS.put("≦", "≤");
        SPELLINGS.put("⩽", "≤");
    }

    private OperatorWords() {
    }

    static String canonicalise(String normalised) {
        String text = normalised;
        for (Map.Entry<String, String> spelling : SPELLINGS.entrySet()) {
            text = text.replace(spelling.getKey(), spelling.getValue());
        }
        return text;
    }
}

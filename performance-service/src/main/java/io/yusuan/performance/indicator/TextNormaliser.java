package io.yusuan.performance.indicator;

import java.util.Map;

/**
 * The first step of reading a target: undoes what PDF extraction and typing habits add, without changing what the text
 * says.
 *
 * <ul>
 *   <li>Whitespace of every kind (ASCII, 全角空格 U+3000, no-break space, line breaks) is removed: a PDF breaks a
 *       narrow table cell anywhere, "≤4小 时" and "即时响 应", and Chinese text has no spaces of its own.</li>
 *   <li>Invisible format characters (zero-width space, BOM, soft hyphen) are removed for the same reason.</li>
 *   <li>The full-width forms of digits and of the signs a number needs (０-９ ． ％ ＞ ＜ ＝ ～ －) become half-width.
 *       Other full-width punctuation (，：（）) is left alone, so a qualitative statement keeps its Chinese
 *       punctuation.</li>
 * </ul>
 */
final class TextNormaliser {

    private static final Map<Character, Character> HALF_WIDTH = Map.of(
            '．', '.', '％', '%', '＞', '>', '＜', '<', '＝', '=', '～', '~', '－', '-');

    private TextNormaliser() {
    }

    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else {
                out.append(HALF_WIDTH.getOrDefault(c, c));
            }
        }
        return out.toString();
    }
}

package io.yusuan.budget.table;

/** Numbers as the template numbers its 类, parts and tables: 一 … 十, 十一 … 三十四. */
public final class ChineseNumerals {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private ChineseNumerals() {
    }

    /** A number from 1 to 99 in Chinese numerals. */
    public static String of(int number) {
        if (number <= 10) {
            return DIGITS[number];
        }
        int tens = number / 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + DIGITS[number % 10];
    }
}

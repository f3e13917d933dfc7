package io.yusuan.performance.indicator;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The units (计量单位) that targets are written in, each under one normalised spelling.
 *
 * <p>A unit is matched whole, after whitespace is gone ("小 时" is already "小时"), so "万元" and "元", "人次" and
 * "人" never compete. Anything else short and made of letters is accepted as an unknown unit, kept as written and
 * noted; anything longer is not a unit but a sentence, and the target stays qualitative.
 */
final class Units {

    private static final Set<String> KNOWN = Set.of(
            "%", "‰",
            "个", "人", "人次", "名", "条", "次", "套", "辆", "件", "项", "家", "户", "台", "所", "座", "处", "场",
            "份", "本", "册", "篇", "批", "期", "株", "头",
            "天", "日", "工作日", "小时", "分钟", "秒", "周", "月", "年",
            "元", "万元", "亿元",
            "平方米", "立方米", "米", "公里", "亩", "公顷", "吨", "千瓦时");

    /** Other spellings of a known unit. */
    private static final Map<String, String> ALIASES = Map.of(
            "个工作日", "工作日",
            "个小时", "小时",
            "个月", "月",
            "㎡", "平方米",
            "m²", "平方米",
            "km", "公里",
            "h", "小时",
            "min", "分钟");

    /**
     * A plausible unit that is not in the list: one or two Chinese characters (栋, 千克) or up to three Latin letters
     * (kg). Three Chinese characters are already words ("年任务"), not a unit.
     */
    private static final Pattern UNKNOWN = Pattern.compile("\\p{IsHan}{1,2}|[A-Za-z]{1,3}");

    private Units() {
    }

    /** @return the normalised spelling of a known unit, or empty */
    static Optional<String> known(String written) {
        if (KNOWN.contains(written)) {
            return Optional.of(written);
        }
        return Optional.ofNullable(ALIASES.get(written));
    }

    /** @return whether the text could be a unit this list does not know */
    static boolean plausible(String written) {
        return UNKNOWN.matcher(written).matches();
    }

    /** @return whether the unit is a sign written against the number ("95%") rather than a word ("46 个") */
    static boolean isSign(String unit) {
        return unit.equals("%") || unit.equals("‰");
    }
}

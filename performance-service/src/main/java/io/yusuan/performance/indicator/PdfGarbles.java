package io.yusuan.performance.indicator;

import java.util.Map;

/**
 * Known word-order garbles that PDF text extraction makes of a narrow table cell, with their repair.
 *
 * <p>A cell printed on two lines, "即时响" over "应", can come out of the extractor in the wrong order. Each entry
 * was seen in a real document; the table is matched against the whole target after {@link TextNormaliser} (so without
 * spaces), never against a part of it, so a repair cannot touch text that merely contains the same characters. The
 * parser notes every repair ({@link TargetNote.Code#GARBLE_REPAIRED}).
 *
 * <table>
 *   <caption>Known garbles</caption>
 *   <tr><th>extracted</th><th>meant</th><th>seen in</th></tr>
 *   <tr><td>即响应 时</td><td>即时响应</td><td>洛阳市瀍河回族区政务服务和大数据管理局 2022 年部门预算, 项目绩效目标表,
 *       110 智能化平台维护费 › 平台维护响应时间</td></tr>
 * </table>
 */
final class PdfGarbles {

    private static final Map<String, String> REPAIRS = Map.of("即响应时", "即时响应");

    private PdfGarbles() {
    }

    /** @return the repaired text of a normalised target, or null when it is not a known garble */
    static String repair(String normalised) {
        return REPAIRS.get(normalised);
    }
}

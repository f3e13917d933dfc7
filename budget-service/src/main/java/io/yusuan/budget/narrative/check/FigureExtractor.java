package io.yusuan.budget.narrative.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every amount (万元, 元), percentage and count (辆, 套, 个, 项) in a narrative, with its paragraph, position and
 * sentence. Years ("2022 年"), thresholds ("单位价值50万元以上") and the numerals of headings are not figures.
 */
public final class FigureExtractor {

    /** A paragraph of the submitted text: its number (0 when it has none) and where it starts. */
    public record Block(int number, String text, int base) {
    }

    private static final String NUMERALS = "一二三四五六七八九十";
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t\\u3000]*([一二三四五六七八九十])、");
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d.])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)[ \\t\\u3000]*(万元|元|%|％|辆|套|个|项)");
    /** Where the words leading to a figure start: the end of the clause before it. */
    private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;：:、]");

    private FigureExtractor() {
    }

    /** Splits plain text at its headings 一、 to 十、 (at the start of a line); text before the first is paragraph 0. */
    public static List<Block> paragraphs(String text) {
        List<Block> blocks = new ArrayList<>();
        Matcher heading = HEADING.matcher(text);
        int start = 0;
        int number = 0;
        while (heading.find()) {
            if (heading.start() > start || number != 0) {
                blocks.add(new Block(number, text.substring(start, heading.start()), start));
            }
            start = heading.start();
            number = NUMERALS.indexOf(heading.group(1)) + 1;
        }
        blocks.add(new Block(number, text.substring(start), start));
        return blocks;
    }

    /** A paragraph given on its own: numbered by its heading, or else by its place ({@code index} from 0). */
    public static Block paragraph(String text, int index) {
        Matcher heading = HEADING.matcher(text);
        int number = heading.lookingAt() ? NUMERALS.indexOf(heading.group(1)) + 1 : index + 1;
        return new Block(number, text, 0);
    }

    public static List<StatedFigure> figures(Block block) {
        String text = block.text();
        List<MatchResult> found = FIGURE.matcher(text).results()
                .filter(m -> !text.startsWith("以上", m.end()) && !text.startsWith("以下", m.end())).toList();
        List<StatedFigure> figures = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            MatchResult m = found.get(i);
            int previousEnd = i == 0 ? 0 : found.get(i - 1).end();
            int nextStart = i + 1 < found.size() ? found.get(i + 1).start() : text.length();
            figures.add(new StatedFigure(block.number(), block.base() + m.start(), m.group(), new BigDecimal(m.group(1).replace(",", "")),
                    unit(m.group(2)), sentence(text, m.start(), m.end()), compact(clause(text, previousEnd, m.start())),
                    compact(text.substring(m.end(), nextStart)), inReason(text, m.start())));
        }
        return figures;
    }

    private static StatedFigure.Unit unit(String unit) {
        return switch (unit) {
            case "万元" -> StatedFigure.Unit.WAN;
            case "元" -> StatedFigure.Unit.YUAN;
            case "%", "％" -> StatedFigure.Unit.PERCENT;
            default -> StatedFigure.Unit.COUNT;
        };
    }

    /** The words from the last clause break before {@code start} (but not before {@code from}). */
    private static String clause(String text, int from, int start) {
        Matcher end = CLAUSE_END.matcher(text).region(from, start);
        int clauseStart = from;
        while (end.find()) {
            clauseStart = end.end();
        }
        return text.substring(clauseStart, start);
    }

    /** Whether the figure is part of a reason given ("主要原因：新增 2 个项目"), not a figure of the budget. */
    private static boolean inReason(String text, int start) {
        int clause = Math.max(text.lastIndexOf('。', start), text.lastIndexOf('；', start));
        return text.substring(clause + 1, start).contains("原因");
    }

    /** The sentence around a figure: from the 。 before it to the 。 after it, spaces and line breaks trimmed. */
    private static String sentence(String text, int start, int end) {
        int from = text.lastIndexOf('。', start) + 1;
        int to = text.indexOf('。', end);
        return text.substring(from, to < 0 ? text.length() : to + 1).strip().replaceAll("\\s*\\n\\s*", "");
    }

    /** Without spaces, line breaks and quotation marks, for matching words. */
    static String compact(String text) {
        return text.replaceAll("[\\s\\u3000“”\"‘’']", "");
    }
}

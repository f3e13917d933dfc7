package io.yusuan.budget.narrative.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every amount (万元, 元), percentage and count (辆, 套, 个, 项) in a narrative, with its paragraph, position and
 * sentence (at most {@link #MAX_SENTENCE} characters of it). Years ("2022 年"), thresholds ("单位价值50万元以上") and the numerals of headings are not figures.
 */
public final class FigureExtractor {

    /** A paragraph of the submitted text: its number (0 when it has none) and where it starts. */
    public record Block(int number, String text, int base) {
    }

    private static final String NUMERALS = "一二三四五六七八九十";
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t\\u3000]*([一二三四五六七八九十])、");
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d.])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)[ \\t\\u3000]*(万元|元|%|％|辆|套|个|项)");
    /** The most characters of a figure's sentence that a finding quotes. */
    public static final int MAX_SENTENCE = 200;
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

    /** All the figures of a paragraph; see {@link #figures(Block, int)}. */
    public static List<StatedFigure> figures(Block block) {
        return figures(block, Integer.MAX_VALUE);
    }

    /**
     * The figures of a paragraph, in order, but at most {@code limit} + 1 of them: a caller that gets more than
     * {@code limit} knows there are too many without the rest being read. Linear in the length of the paragraph:
     * where each sentence and clause starts is found in one pass over the text, not per figure.
     */
    public static List<StatedFigure> figures(Block block, int limit) {
        String text = block.text();
        List<MatchResult> found = new ArrayList<>();
        Matcher matcher = FIGURE.matcher(text);
        while (found.size() <= limit && matcher.find()) {
            if (!text.startsWith("以上", matcher.end()) && !text.startsWith("以下", matcher.end())) {
                found.add(matcher.toMatchResult());
            }
        }
        List<StatedFigure> figures = new ArrayList<>(found.size());
        int scanned = 0;
        int lastPeriod = -1;
        int lastStop = -1;
        int lastReason = -1;
        int nextPeriod = -1;
        for (int i = 0; i < found.size(); i++) {
            MatchResult m = found.get(i);
            // One pass up to the figure: the last 。, the last 。 or ；, and the last 原因 (ending before the figure).
            for (; scanned < m.start(); scanned++) {
                char c = text.charAt(scanned);
                if (c == '。') {
                    lastPeriod = scanned;
                    lastStop = scanned;
                } else if (c == '；') {
                    lastStop = scanned;
                } else if (c == '因' && scanned > 0 && text.charAt(scanned - 1) == '原') {
                    lastReason = scanned - 1;
                }
            }
            if (nextPeriod < m.end()) {
                int at = text.indexOf('。', m.end());
                nextPeriod = at < 0 ? text.length() : at;
            }
            int previousEnd = i == 0 ? 0 : found.get(i - 1).end();
            int nextStart = i + 1 < found.size() ? found.get(i + 1).start() : text.length();
            figures.add(new StatedFigure(block.number(), block.base() + m.start(), m.group(), new BigDecimal(m.group(1).replace(",", "")),
                    unit(m.group(2)), sentence(text, lastPeriod + 1, nextPeriod, m.start()),
                    compact(clause(text, previousEnd, m.start())), compact(text.substring(m.end(), nextStart)),
                    lastReason > lastStop));
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

    /**
     * The sentence around a figure, from the 。 before it to the 。 after it (the 。 included when there is one), but at
     * most {@link #MAX_SENTENCE} characters around the figure: the text itself is not copied until it is asked for.
     */
    private static StatedFigure.Sentence sentence(String text, int sentenceStart, int period, int start) {
        int sentenceEnd = period < text.length() ? period + 1 : text.length();
        int from = Math.max(sentenceStart, start - MAX_SENTENCE / 2);
        return new StatedFigure.Sentence(text, from, Math.min(sentenceEnd, from + MAX_SENTENCE));
    }

    /** Without spaces, line breaks and quotation marks, for matching words. */
    static String compact(String text) {
        return text.replaceAll("[\\s\\u3000“”\"‘’']", "");
    }
}

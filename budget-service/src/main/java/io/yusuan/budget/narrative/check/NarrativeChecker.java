package io.yusuan.budget.narrative.check;

import io.yusuan.budget.narrative.Figures;
import io.yusuan.budget.narrative.check.NarrativeFinding.Aspect;
import io.yusuan.budget.narrative.check.NarrativeFinding.Kind;
import io.yusuan.budget.narrative.check.StatedFigure.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a hand-written 情况说明 against a version's figures: matches each stated figure to the figure it claims to
 * state (by its paragraph and the words before it), compares them as the document prints them, and checks that
 * stated totals are the sum of their stated parts and that changes go the way the figures go.
 */
public final class NarrativeChecker {

    /** What a check found, and how many stated figures it could match and compare. */
    public record Result(int checked, List<NarrativeFinding> findings) {
    }

    /** A stated figure and what it claims: a figure's value, its share of a whole, or its change against last year. */
    private record Claim(StatedFigure stated, KnownFigure figure, Aspect aspect, int direction, KnownFigure whole) {
    }

    private static final Pattern DIRECTION = Pattern.compile("增加|增长|上升|提高|减少|下降|降低");
    private static final Pattern REASON = Pattern.compile("^[^；。]*。?[^；。]*?原因[是：:]?\\s*([^；。\\n]*)");
    /** How far after a figure the reason for its change is looked for, in characters: a sentence or two. */
    private static final int REASON_REACH = 2 * FigureExtractor.MAX_SENTENCE;
    /** The most figures one check reads; a narrative of a budget states a few hundred. */
    public static final int MAX_FIGURES = 2000;
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    private final KnownFigures known;

    public NarrativeChecker(KnownFigures known) {
        this.known = known;
    }

    /** More than {@link #MAX_FIGURES} figures in the narrative to check. */
    public static final class TooManyFigures extends RuntimeException {

        TooManyFigures() {
            super("The narrative states more than " + MAX_FIGURES + " figures.", null, false, false);
        }
    }

    /**
     * Checks the paragraphs.
     *
     * @throws TooManyFigures when they state more than {@link #MAX_FIGURES} figures in all
     */
    public Result check(List<FigureExtractor.Block> blocks) {
        int checked = 0;
        int read = 0;
        List<List<StatedFigure>> figuresOf = new ArrayList<>(blocks.size());
        for (FigureExtractor.Block block : blocks) {
            List<StatedFigure> figures = FigureExtractor.figures(block, MAX_FIGURES - read);
            read += figures.size();
            if (read > MAX_FIGURES) {
                throw new TooManyFigures();
            }
            figuresOf.add(figures);
        }
        List<NarrativeFinding> findings = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            FigureExtractor.Block block = blocks.get(b);
            List<StatedFigure> figures = figuresOf.get(b);
            Set<String> turned = new HashSet<>();
            List<NarrativeFinding> found = new ArrayList<>();
            for (Claim claim : claims(block.number(), figures)) {
                if (compare(claim, block, found, turned)) {
                    checked++;
                }
            }
            sums(figures, found);
            found.sort(Comparator.comparingInt(NarrativeFinding::offset));
            findings.addAll(found);
        }
        return new Result(checked, findings);
    }

    /**
     * What each figure of a paragraph claims, read in order: a share or a change is of the figure named last, or,
     * once the sentence of a total's parts (其中 …) has ended, of that total.
     */
    private List<Claim> claims(int paragraph, List<StatedFigure> figures) {
        List<Claim> claims = new ArrayList<>();
        KnownFigure subject = null;
        KnownFigure total = null;
        StatedFigure previous = null;
        for (StatedFigure stated : figures) {
            if (total != null && previous.after().contains("。") && previous.after().lastIndexOf("其中") < previous.after().indexOf('。')) {
                subject = total;
                total = null;
            }
            previous = stated;
            if (stated.inReason()) {
                continue;
            }
            String before = stated.before();
            Matcher verb = lastDirection(before);
            if (verb != null && stated.unit() != Unit.COUNT) {
                KnownFigure named = known.named(paragraph, before.substring(0, verb.start()), false);
                KnownFigure target = named == null ? subject : named;
                int direction = verb.group().startsWith("增") || verb.group().equals("上升") || verb.group().equals("提高") ? 1 : -1;
                if (target != null) {
                    claims.add(new Claim(stated, target, stated.unit() == Unit.PERCENT ? Aspect.CHANGE_PERCENT : Aspect.CHANGE,
                            direction, null));
                    subject = target;
                }
            } else if (stated.unit() == Unit.PERCENT) {
                if (before.contains("占") && subject != null && known.whole(paragraph) != null) {
                    claims.add(new Claim(stated, subject, Aspect.SHARE, 0, known.whole(paragraph)));
                }
            } else if (stated.unit() == Unit.COUNT && stated.unitWord().equals("个") && stated.after().startsWith("项目")) {
                subject = known.projects();
                claims.add(new Claim(stated, subject, Aspect.VALUE, 0, null));
            } else {
                KnownFigure named = known.named(paragraph, before, stated.unit() == Unit.COUNT);
                if (named == null && subject == known.projects() && before.isEmpty() && stated.unit() != Unit.COUNT) {
                    named = known.projectAmount();
                }
                if (named != null) {
                    claims.add(new Claim(stated, named, Aspect.VALUE, 0, null));
                    subject = named;
                    if (stated.after().contains("其中")) {
                        total = named;
                    }
                }
            }
        }
        return claims;
    }

    /** The last word of change (增加, 下降, …) in the words, or null. */
    private static Matcher lastDirection(String words) {
        Matcher m = DIRECTION.matcher(words);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last >= 0 && m.find(last) ? m : null;
    }

    /** Compares one claim, adding what differs; false when the figures cannot tell (no figure of last year). */
    private boolean compare(Claim claim, FigureExtractor.Block block, List<NarrativeFinding> findings, Set<String> turned) {
        StatedFigure stated = claim.stated();
        KnownFigure figure = claim.figure();
        BigDecimal said = stated.unit() == Unit.COUNT ? stated.value() : stated.value().setScale(2, RoundingMode.HALF_UP);
        switch (claim.aspect()) {
            case VALUE -> {
                BigDecimal expected = inUnit(figure.value(), stated.unit());
                if (said.compareTo(expected) != 0) {
                    findings.add(finding(Kind.FIGURE_DIFFERS, claim, stated.text(), print(expected, stated),
                            "The text states " + figure.name() + " " + stated.text() + "; the figures give " + print(expected, stated) + "."));
                }
            }
            case SHARE -> {
                BigDecimal expected = Figures.shareValue(figure.value(), claim.whole().value());
                if (said.compareTo(expected) != 0) {
                    findings.add(finding(Kind.FIGURE_DIFFERS, claim, stated.text(), expected.toPlainString() + "%",
                            "The text states " + figure.name() + " as " + stated.text() + " of " + claim.whole().name()
                                    + "; the figures give " + expected.toPlainString() + "% (" + wan(figure.value()) + " of "
                                    + wan(claim.whole().value()) + ")."));
                }
            }
            case CHANGE, CHANGE_PERCENT -> {
                if (figure.prior() == null || claim.aspect() == Aspect.CHANGE_PERCENT && figure.prior().signum() == 0) {
                    return false;
                }
                BigDecimal delta = figure.value().subtract(figure.prior());
                String verb = lastDirection(stated.before()).group();
                String against = " (" + figure.name() + " " + wan(figure.value()) + " against " + wan(figure.prior()) + " last year)";
                if (delta.signum() != claim.direction() && turned.add(figure.key())) {
                    String reason = reason(block, stated);
                    findings.add(finding(Kind.WRONG_DIRECTION, claim, verb + " " + stated.text(),
                            (delta.signum() == 0 ? "与上年持平" : (delta.signum() > 0 ? "增加 " : "减少 ") + wan(delta.abs())),
                            "The text says " + verb + (reason == null ? "" : ", giving the reason “" + reason + "”,")
                                    + " but the figures " + (delta.signum() == 0 ? "did not change" : delta.signum() > 0 ? "grew" : "fell")
                                    + against + "."));
                }
                BigDecimal expected = claim.aspect() == Aspect.CHANGE ? inUnit(delta.abs(), stated.unit())
                        : Figures.shareValue(delta.abs(), figure.prior());
                if (said.compareTo(expected) != 0) {
                    findings.add(finding(Kind.FIGURE_DIFFERS, claim, verb + " " + stated.text(), verb + " " + print(expected, stated),
                            "The text states " + verb + " " + stated.text() + "; the figures give " + verb + " "
                                    + print(expected, stated) + against + "."));
                }
            }
            default -> throw new IllegalStateException(claim.aspect().name());
        }
        return true;
    }

    /**
     * A total followed by 其中 and two or more parts in the same unit, up to the end of that sentence: the parts, each
     * rounded to 0.01, must add up to the total within their rounding.
     */
    private void sums(List<StatedFigure> figures, List<NarrativeFinding> findings) {
        for (int i = 0; i < figures.size(); i++) {
            StatedFigure total = figures.get(i);
            int such = total.after().indexOf("其中");
            if (total.unit() == Unit.PERCENT || total.inReason() || such < 0 || total.after().indexOf('。', such) >= 0) {
                continue;
            }
            List<StatedFigure> parts = new ArrayList<>();
            for (int j = i + 1; j < figures.size(); j++) {
                StatedFigure part = figures.get(j);
                if (part.unitWord().equals(total.unitWord()) && !part.inReason() && lastDirection(part.before()) == null) {
                    parts.add(part);
                }
                if (part.after().contains("。")) {
                    break;
                }
            }
            if (parts.size() < 2) {
                continue;
            }
            BigDecimal sum = parts.stream().map(StatedFigure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal slack = total.unit() == Unit.COUNT ? BigDecimal.ZERO : HALF_CENT.multiply(BigDecimal.valueOf(parts.size() + 1L));
            if (sum.subtract(total.value()).abs().compareTo(slack) > 0) {
                KnownFigure named = known.named(total.paragraph(), total.before(), total.unit() == Unit.COUNT);
                String partsText = String.join(" + ", parts.stream().map(StatedFigure::text).toList());
                String sumText = sum.toPlainString() + " " + total.unitWord();
                findings.add(new NarrativeFinding(Kind.PARTS_DO_NOT_ADD_UP, named == null ? null : named.key(), Aspect.VALUE,
                        named == null ? null : named.name(), total.text(), sumText, total.paragraph(), total.offset(),
                        total.sentence(), "The text states a total of " + total.text() + " whose parts " + partsText
                                + " add up to " + sumText + "."));
            }
        }
    }

    private static NarrativeFinding finding(Kind kind, Claim claim, String stated, String expected, String detail) {
        StatedFigure s = claim.stated();
        return new NarrativeFinding(kind, claim.figure().key(), claim.aspect(), claim.figure().name(), stated, expected,
                s.paragraph(), s.offset(), s.sentence(), detail);
    }

    /** The reason the text gives for the change stated at {@code stated}, or null. */
    private static String reason(FigureExtractor.Block block, StatedFigure stated) {
        int from = stated.offset() - block.base() + stated.text().length();
        String text = block.text();
        Matcher m = REASON.matcher(text.substring(from, Math.min(text.length(), from + REASON_REACH)));
        return m.find() ? m.group(1).strip() : null;
    }

    /** A yuan amount or a count in the unit the text states it in, rounded as the document prints it. */
    private static BigDecimal inUnit(BigDecimal value, Unit unit) {
        return switch (unit) {
            case WAN -> Figures.wanValue(value);
            case YUAN -> value.setScale(2, RoundingMode.HALF_UP);
            default -> value;
        };
    }

    private static String print(BigDecimal expected, StatedFigure stated) {
        return switch (stated.unit()) {
            case WAN -> expected.toPlainString() + " 万元";
            case YUAN -> expected.toPlainString() + " 元";
            case PERCENT -> expected.toPlainString() + "%";
            case COUNT -> expected.toPlainString() + " " + stated.unitWord();
        };
    }

    private static String wan(BigDecimal yuan) {
        return Figures.wanValue(yuan).toPlainString() + " 万元";
    }
}

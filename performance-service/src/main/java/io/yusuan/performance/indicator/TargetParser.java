package io.yusuan.performance.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a performance target (指标值) as budget offices write it and as PDFs deliver it.
 *
 * <p>Steps, each documented on its own class: {@link TextNormaliser} (whitespace, line breaks, full-width digits and
 * signs), {@link PdfGarbles} (known word-order garbles, whole text only), {@link OperatorWords} (≥ ≤ &gt; &lt; from
 * their many spellings, for the number only), then one pattern:
 *
 * <pre>
 *   [name] [≥ ≤ &gt; &lt; =] number [unit] [(- ~ — 至 到) number [unit]] [以上 | 及以上 | 以下 | 以内]
 * </pre>
 *
 * <ul>
 *   <li>No operator and no 以上/以下: read as "=" ({@link Polarity#EXACT}) and noted {@link TargetNote.Code#NO_OPERATOR}
 *       ("100%", "46 个", "20 万元").</li>
 *   <li>Text before the number: the name was glued to the value ("办理率 99%"); it is reported in
 *       {@link ParsedTarget#gluedName()} and noted {@link TargetNote.Code#NAME_GLUED}.</li>
 *   <li>Two numbers joined by a dash, tilde, 至 or 到: {@link Operator#BETWEEN} ("80%-90%", "80～90%").</li>
 *   <li>No number at all: a qualitative statement ("相关", "有效提升", "即时响应"), without a note. Text with a number
 *       or a sign that still does not read as a target: qualitative, noted {@link TargetNote.Code#UNPARSEABLE}.</li>
 * </ul>
 *
 * <p>The raw text is always kept as given; the parser never changes what a target says without a note.
 */
public final class TargetParser {

    private static final Pattern TARGET = Pattern.compile(
            "(?<name>[^0-9≥≤<>=]*?)"
            + "(?<operator>[≥≤<>=])?"
            + "(?<value>-?[0-9]+(?:\\.[0-9]+)?)"
            + "(?<unit>[^0-9]*?)"
            + "(?:(?:-|~|〜|—|–|至|到)(?<upper>[0-9]+(?:\\.[0-9]+)?)(?<upperUnit>[^0-9]*?))?"
            + "(?<suffix>及?以上|以下|以内)?");

    /** A digit or comparison sign: text that has one was probably meant as a number. */
    private static final Pattern NUMERIC_HINT = Pattern.compile("[0-9≥≤<>≧≦⩾⩽]");

    /** A thousands separator: "1,000 个". */
    private static final Pattern THOUSANDS = Pattern.compile("(?<=[0-9]),(?=[0-9]{3}(?![0-9]))");

    private TargetParser() {
    }

    /**
     * @param raw the target as written; may hold spaces, line breaks and full-width characters
     * @return the parsed target, with {@code raw} kept exactly as given
     */
    public static ParsedTarget parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        List<TargetNote> notes = new ArrayList<>();
        String text = TextNormaliser.normalise(raw);
        String repaired = PdfGarbles.repair(text);
        if (repaired != null) {
            notes.add(TargetNote.garbleRepaired(text, repaired));
            text = repaired;
        }
        if (text.isEmpty()) {
            return unparseable(raw, text, notes, "empty target");
        }
        String candidate = THOUSANDS.matcher(OperatorWords.canonicalise(text)).replaceAll("");
        Matcher matcher = TARGET.matcher(candidate);
        if (matcher.matches()) {
            return quantitative(raw, text, matcher, notes);
        }
        // Judged on the text as written, so a statement such as "不超过预算" is not taken for a broken number.
        if (NUMERIC_HINT.matcher(text).find()) {
            return unparseable(raw, text, notes, "no target of the form [≥ ≤ > < =] number [unit] could be read");
        }
        return ParsedTarget.qualitative(raw, text, notes);
    }

    private static ParsedTarget quantitative(String raw, String text, Matcher matcher, List<TargetNote> notes) {
        List<TargetNote> found = new ArrayList<>(notes);
        String gluedName = stripColon(matcher.group("name"));
        if (gluedName != null) {
            found.add(TargetNote.nameGlued(gluedName));
        }
        BigDecimal value = new BigDecimal(matcher.group("value"));
        Operator written = Operator.ofSymbol(matcher.group("operator"));
        Operator suffix = suffixOperator(matcher.group("suffix"));
        String unit = matcher.group("unit");

        if (matcher.group("upper") != null) {
            if (written != null || suffix != null) {
                return unparseable(raw, text, notes, "a range cannot also carry a comparison");
            }
            BigDecimal upper = new BigDecimal(matcher.group("upper"));
            if (value.compareTo(upper) > 0) {
                return unparseable(raw, text, notes, "the range's lower end is above its upper end");
            }
            String upperUnit = matcher.group("upperUnit");
            // "80～90%" writes the unit once, at the end; "80%-90%" writes it at both ends.
            if (!unit.isEmpty() && !upperUnit.isEmpty() && !unit.equals(upperUnit)) {
                return unparseable(raw, text, notes, "the range's ends are in different units");
            }
            String rangeUnit = upperUnit.isEmpty() ? unit : upperUnit;
            return withUnit(raw, text, notes, found, Operator.BETWEEN, value, upper, rangeUnit, gluedName);
        }
        Operator operator;
        if (written == null && suffix == null) {
            operator = Operator.EQUAL;
            found.add(TargetNote.noOperator());
        } else if (written == null || suffix == null) {
            operator = written != null ? written : suffix;
        } else if (written.polarity() == suffix.polarity()) {
            // "≥95%以上" says the same thing twice; the sign is the more precise of the two (> versus ≥).
            operator = written;
        } else {
            return unparseable(raw, text, notes, "the sign and 以上/以下 point in opposite directions");
        }
        return withUnit(raw, text, notes, found, operator, value, null, unit, gluedName);
    }

    /** Completes a quantitative reading with its unit, or gives up when the text after the number is no unit. */
    private static ParsedTarget withUnit(String raw, String text, List<TargetNote> notes, List<TargetNote> found,
            Operator operator, BigDecimal value, BigDecimal upper, String written, String gluedName) {
        String unit = null;
        if (!written.isEmpty()) {
            unit = Units.known(written).orElse(null);
            if (unit == null && !Units.plausible(written)) {
                return unparseable(raw, text, notes, "the text after the number is not a unit: " + written);
            }
            if (unit == null) {
                found.add(TargetNote.unknownUnit(written));
                unit = written;
            }
        }
        return ParsedTarget.quantitative(raw, operator, value, upper, unit, gluedName, found);
    }

    private static Operator suffixOperator(String suffix) {
        if (suffix == null) {
            return null;
        }
        return suffix.endsWith("以上") ? Operator.GREATER_OR_EQUAL : Operator.LESS_OR_EQUAL;
    }

    /** @return the glued name without the colon that often ends it ("办理率：99%"), or null when there is none */
    private static String stripColon(String name) {
        String stripped = name.endsWith(":") || name.endsWith("：") ? name.substring(0, name.length() - 1) : name;
        return stripped.isEmpty() ? null : stripped;
    }

    private static ParsedTarget unparseable(String raw, String text, List<TargetNote> notes, String reason) {
        List<TargetNote> all = new ArrayList<>(notes);
        all.add(TargetNote.unparseable(reason));
        return ParsedTarget.qualitative(raw, text, all);
    }
}

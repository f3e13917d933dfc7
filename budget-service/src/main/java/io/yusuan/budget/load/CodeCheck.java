package io.yusuan.budget.load;

import io.yusuan.budget.catalog.YearCheck;
import io.yusuan.budget.finding.Finding;
import io.yusuan.budget.finding.Severity;
import io.yusuan.problem.FieldError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The codes of a package against catalog-service's verdicts for its year. Unknown, malformed and
 * non-leaf codes reject the package; a code the catalogue does not list but may lack (UNLISTED) and a
 * code the catalogue has not checked (PROVISIONAL) are accepted with a warning, because a gap in our
 * reference data must never refuse a real budget. An economic pair the 对照表 does not list is a warning
 * (local practice, as the source document's 30199 → 50101), and one whose classes never correspond
 * rejects the package (a wage coded as office costs).
 */
public final class CodeCheck {

    private final BudgetPackage budget;
    private final Map<String, UnitType> unitTypes = new HashMap<>();
    /**
     * Each line's economic pair, or null: made once, for the request and again for the verdicts. A package of tens of
     * thousands of lines has some hundred distinct pairs; the lines share them, so that the many are garbage at once.
     */
    private final YearCheck.Pair[] pairs;
    private final Map<YearCheck.Pair, YearCheck.Pair> distinctPairs = new LinkedHashMap<>();

    public CodeCheck(BudgetPackage budget) {
        this.budget = budget;
        for (BudgetPackage.Unit unit : budget.units()) {
            unitTypes.putIfAbsent(unit.code(), unit.type());
        }
        pairs = new YearCheck.Pair[budget.expenditures().size()];
        for (int i = 0; i < pairs.length; i++) {
            YearCheck.Pair pair = pair(budget.expenditures().get(i));
            pairs[i] = pair == null ? null : distinctPairs.computeIfAbsent(pair, same -> same);
        }
    }

    /** The one request to catalog-service: every distinct code by scheme, every distinct pair. */
    public YearCheck.Request request() {
        Set<String> functional = new LinkedHashSet<>();
        Set<String> department = new LinkedHashSet<>();
        Set<String> government = new LinkedHashSet<>();
        for (BudgetPackage.Expenditure line : budget.expenditures()) {
            functional.add(line.functionCode());
            if (line.economicCode() != null) {
                department.add(line.economicCode());
            }
            if (line.governmentEconomicCode() != null) {
                government.add(line.governmentEconomicCode());
            }
        }
        return new YearCheck.Request(Map.of(
                YearCheck.FUNCTIONAL, List.copyOf(functional),
                YearCheck.ECONOMIC_DEPARTMENT, List.copyOf(department),
                YearCheck.ECONOMIC_GOVERNMENT, List.copyOf(government)), List.copyOf(distinctPairs.keySet()));
    }

    /** The faults, findings and names the verdicts give. */
    public Outcome judge(YearCheck check) {
        Map<String, YearCheck.Verdict> functional = byCode(check, YearCheck.FUNCTIONAL);
        Map<String, YearCheck.Verdict> department = byCode(check, YearCheck.ECONOMIC_DEPARTMENT);
        Map<String, YearCheck.Verdict> government = byCode(check, YearCheck.ECONOMIC_GOVERNMENT);
        Map<YearCheck.Pair, YearCheck.PairVerdict> pairVerdicts = new HashMap<>();
        for (YearCheck.PairVerdict verdict : check.pairs()) {
            pairVerdicts.put(new YearCheck.Pair(verdict.departmentCode(), verdict.governmentCode(), verdict.unitType()), verdict);
        }
        Outcome outcome = new Outcome();
        for (int i = 0; i < budget.expenditures().size(); i++) {
            BudgetPackage.Expenditure line = budget.expenditures().get(i);
            outcome.code(i, "functionCode", functional.get(line.functionCode()), YearCheck.FUNCTIONAL,
                    line.functionName());
            outcome.code(i, "economicCode", department.get(line.economicCode()), YearCheck.ECONOMIC_DEPARTMENT,
                    line.economicName());
            outcome.code(i, "governmentEconomicCode", government.get(line.governmentEconomicCode()),
                    YearCheck.ECONOMIC_GOVERNMENT, line.governmentEconomicName());
            YearCheck.Verdict economic = department.get(line.economicCode());
            if (pairs[i] != null && economic != null && economic.valid()) {
                outcome.pair(i, pairVerdicts.get(pairs[i]), economic, line.economicName());
            }
        }
        return outcome;
    }

    private YearCheck.Pair pair(BudgetPackage.Expenditure line) {
        UnitType type = unitTypes.get(line.unit());
        if (line.economicCode() == null || line.governmentEconomicCode() == null || type == null) {
            return null;
        }
        return new YearCheck.Pair(line.economicCode(), line.governmentEconomicCode(), type.name());
    }

    private static Map<String, YearCheck.Verdict> byCode(YearCheck check, String scheme) {
        Map<String, YearCheck.Verdict> verdicts = new HashMap<>();
        for (YearCheck.Verdict verdict : check.codes().getOrDefault(scheme, List.of())) {
            verdicts.put(verdict.code(), verdict);
        }
        return verdicts;
    }

    /** What the verdicts make of the package. */
    public static final class Outcome {

        private final List<FieldError> errors = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final CodeNames names = new CodeNames();

        public List<FieldError> errors() {
            return errors;
        }

        public List<Finding> findings() {
            return findings;
        }

        public CodeNames names() {
            return names;
        }

        /** A code the package names but the catalogue does not: its name, as the package gives it, or this. */
        static final String UNNAMED = "（未列名科目）";

        /**
         * The verdicts already taken in: a code's names and its warning come once, from the first line that uses it,
         * so that a package of tens of thousands of lines costs one lookup per line, not one per line and ancestor.
         */
        private final Set<YearCheck.Verdict> seen = Collections.newSetFromMap(new IdentityHashMap<>());

        private void code(int line, String field, YearCheck.Verdict verdict, String scheme, String packageName) {
            if (verdict == null) {
                return;
            }
            switch (verdict.status()) {
                case "VALID", "PROVISIONAL" -> {
                    if (seen.add(verdict)) {
                        addPath(scheme, verdict);
                        if ("PROVISIONAL".equals(verdict.status())) {
                            findings.add(new Finding(Severity.WARNING, "PROVISIONAL_CODE", at(line, field),
                                    verdict.code() + " " + verdict.name() + " is in the catalog's " + scheme
                                            + " list but was not checked against an official edition."));
                        }
                    }
                }
                case "UNLISTED" -> {
                    if (seen.add(verdict)) {
                        addPath(scheme, verdict);
                        String name = packageName == null ? UNNAMED : packageName;
                        names.add(new CodeNames.Name(scheme, verdict.code(), name, verdict.path().size() + 1,
                                null));
                        findings.add(new Finding(Severity.WARNING, "UNLISTED_CODE", at(line, field), verdict.code()
                                + " " + name + " was accepted although " + verdict.reason() + "."
                                + (packageName == null ? " Give its name beside the code to show it in the tables." : "")));
                    }
                }
                case "NOT_LEAF" -> errors.add(new FieldError(at(line, field), "NOT_LEAF", verdict.reason()));
                default -> errors.add(new FieldError(at(line, field), "UNKNOWN_CODE", verdict.reason()));
            }
        }

        /** The JSON pointer of a line's field, made only for a fault or a finding. */
        private static String at(int line, String field) {
            return "/expenditures/" + line + "/" + field;
        }

        private void addPath(String scheme, YearCheck.Verdict verdict) {
            for (YearCheck.PathStep step : verdict.path()) {
                boolean self = step.code().equals(verdict.code());
                names.add(new CodeNames.Name(scheme, step.code(), step.name(), step.level(),
                        self ? verdict.threePublicPart() : null));
            }
        }

        private void pair(int line, YearCheck.PairVerdict verdict, YearCheck.Verdict department, String packageName) {
            if (verdict == null || verdict.valid()) {
                return;
            }
            String at = at(line, "governmentEconomicCode");
            String name = department.name() != null ? department.name() : packageName != null ? packageName : UNNAMED;
            String subject = verdict.departmentCode() + " " + name + " of a " + verdict.unitType() + " unit";
            if ("INCOMPATIBLE".equals(verdict.status())) {
                errors.add(new FieldError(at, "CORRESPONDENCE_VIOLATED", subject + " is coded " + verdict.governmentCode()
                        + ", but " + verdict.reason()));
            } else {
                findings.add(new Finding(Severity.WARNING, "CORRESPONDENCE_DEVIATION", at, subject + " is coded "
                        + verdict.governmentCode() + "; " + verdict.reason() + "."));
            }
        }
    }
}

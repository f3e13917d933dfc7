package io.yusuan.budget.load;

import io.yusuan.budget.catalog.YearCheck;
import io.yusuan.budget.finding.Finding;
import io.yusuan.budget.finding.Severity;
import io.yusuan.problem.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The codes of a package against catalog-service's verdicts for its year. Unknown, malformed and
 * non-leaf codes reject the package. An economic pair off the official 对照表 is a warning when the
 * government code stays in the class the 对照表 points to (local practice, as the source document's
 * 30199 → 50101), and rejects the package when it leaves it (a wage coded as office costs).
 */
public final class CodeCheck {

    private final BudgetPackage budget;
    private final Map<String, UnitType> unitTypes = new HashMap<>();

    public CodeCheck(BudgetPackage budget) {
        this.budget = budget;
        for (BudgetPackage.Unit unit : budget.units()) {
            unitTypes.putIfAbsent(unit.code(), unit.type());
        }
    }

    /** The one request to catalog-service: every distinct code by scheme, every distinct pair. */
    public YearCheck.Request request() {
        Set<String> functional = new LinkedHashSet<>();
        Set<String> department = new LinkedHashSet<>();
        Set<String> government = new LinkedHashSet<>();
        Set<YearCheck.Pair> pairs = new LinkedHashSet<>();
        for (BudgetPackage.Expenditure line : budget.expenditures()) {
            functional.add(line.functionCode());
            if (line.economicCode() != null) {
                department.add(line.economicCode());
            }
            if (line.governmentEconomicCode() != null) {
                government.add(line.governmentEconomicCode());
            }
            YearCheck.Pair pair = pair(line);
            if (pair != null) {
                pairs.add(pair);
            }
        }
        return new YearCheck.Request(Map.of(
                YearCheck.FUNCTIONAL, List.copyOf(functional),
                YearCheck.ECONOMIC_DEPARTMENT, List.copyOf(department),
                YearCheck.ECONOMIC_GOVERNMENT, List.copyOf(government)), List.copyOf(pairs));
    }

    /** The faults, findings and names the verdicts give. */
    public Outcome judge(YearCheck check) {
        Map<String, YearCheck.Verdict> functional = byCode(check, YearCheck.FUNCTIONAL);
        Map<String, YearCheck.Verdict> department = byCode(check, YearCheck.ECONOMIC_DEPARTMENT);
        Map<String, YearCheck.Verdict> government = byCode(check, YearCheck.ECONOMIC_GOVERNMENT);
        Map<YearCheck.Pair, YearCheck.PairVerdict> pairs = new HashMap<>();
        for (YearCheck.PairVerdict verdict : check.pairs()) {
            pairs.put(new YearCheck.Pair(verdict.departmentCode(), verdict.governmentCode(), verdict.unitType()), verdict);
        }
        Outcome outcome = new Outcome();
        for (int i = 0; i < budget.expenditures().size(); i++) {
            BudgetPackage.Expenditure line = budget.expenditures().get(i);
            String at = "/expenditures/" + i;
            outcome.code(at + "/functionCode", functional.get(line.functionCode()), YearCheck.FUNCTIONAL);
            outcome.code(at + "/economicCode", department.get(line.economicCode()), YearCheck.ECONOMIC_DEPARTMENT);
            outcome.code(at + "/governmentEconomicCode", government.get(line.governmentEconomicCode()),
                    YearCheck.ECONOMIC_GOVERNMENT);
            YearCheck.Pair pair = pair(line);
            if (pair != null && department.get(line.economicCode()) != null && department.get(line.economicCode()).valid()) {
                outcome.pair(at + "/governmentEconomicCode", pairs.get(pair), department.get(line.economicCode()));
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
        private final Set<String> provisionalReported = new LinkedHashSet<>();
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

        private void code(String at, YearCheck.Verdict verdict, String scheme) {
            if (verdict == null) {
                return;
            }
            switch (verdict.status()) {
                case "VALID", "PROVISIONAL" -> {
                    for (YearCheck.PathStep step : verdict.path()) {
                        boolean self = step.code().equals(verdict.code());
                        names.add(new CodeNames.Name(scheme, step.code(), step.name(), step.level(),
                                self ? verdict.threePublicPart() : null));
                    }
                    if ("PROVISIONAL".equals(verdict.status()) && provisionalReported.add(scheme + verdict.code())) {
                        findings.add(new Finding(Severity.INFO, "PROVISIONAL_CODE", at,
                                verdict.code() + " " + verdict.name() + " is in the catalog's " + scheme
                                        + " list but was not checked against an official edition."));
                    }
                }
                case "NOT_LEAF" -> errors.add(new FieldError(at, "NOT_LEAF", verdict.reason()));
                default -> errors.add(new FieldError(at, "UNKNOWN_CODE", verdict.reason()));
            }
        }

        private void pair(String at, YearCheck.PairVerdict verdict, YearCheck.Verdict department) {
            if (verdict == null || verdict.valid()) {
                return;
            }
            String subject = verdict.departmentCode() + " " + department.name() + " of a " + verdict.unitType() + " unit";
            if ("MISMATCH".equals(verdict.status())
                    && !verdict.expected().substring(0, 3).equals(verdict.governmentCode().substring(0, 3))) {
                errors.add(new FieldError(at, "CORRESPONDENCE_VIOLATED", subject + " is coded " + verdict.governmentCode()
                        + ", outside class " + verdict.expected().substring(0, 3) + " of the 对照表's " + verdict.expected()));
            } else if ("MISMATCH".equals(verdict.status())) {
                findings.add(new Finding(Severity.WARNING, "CORRESPONDENCE_DEVIATION", at, subject + " is coded "
                        + verdict.governmentCode() + "; the 对照表 gives " + verdict.expected() + "."));
            } else {
                findings.add(new Finding(Severity.WARNING, "CORRESPONDENCE_DEVIATION", at, subject + " is coded "
                        + verdict.governmentCode() + "; the 对照表 gives no government code for it."));
            }
        }
    }
}

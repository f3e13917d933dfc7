package io.yusuan.budget.load;

import io.yusuan.problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a budget package must keep before anything is stored or asked of catalog-service: every
 * fault, each with the JSON pointer of the field at fault.
 */
public final class PackageRules {

    /** The code of a fault where the package names another budget than the path. */
    static final String MISMATCH = "MISMATCH";

    static final Pattern PROJECT_CODE = Pattern.compile("[0-9]{6}[0-9A-Z]{15}");
    /** A functional code on a line is the 7-digit 项 code. */
    private static final int FUNCTION_DIGITS = 7;
    /** An economic code on a line is the 5-digit 款 code. */
    private static final int ECONOMIC_DIGITS = 5;

    private final BudgetPackage budget;
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, UnitType> units = new HashMap<>();
    private final Set<String> projects = new HashSet<>();

    private PackageRules(BudgetPackage budget) {
        this.budget = budget;
    }

    /** Every fault of the package loaded at {@code region}/{@code department}/{@code year}. */
    public static List<FieldError> check(BudgetPackage budget, String region, String department, int year) {
        PackageRules rules = new PackageRules(budget);
        rules.checkIdentity(region, department, year);
        rules.checkUnits();
        rules.checkRevenues();
        rules.checkProjects();
        rules.checkExpenditures();
        rules.checkProcurement();
        return List.copyOf(rules.errors);
    }

    private void checkIdentity(String region, String department, int year) {
        if (budget.fiscalYear() == null) {
            missing("/fiscalYear");
        } else if (budget.fiscalYear() != year) {
            fault("/fiscalYear", MISMATCH, "is " + budget.fiscalYear() + " but the path names " + year);
        }
        if (budget.region() == null || budget.region().code() == null) {
            missing("/region/code");
        } else if (!budget.region().code().equals(region)) {
            fault("/region/code", MISMATCH, "is " + budget.region().code() + " but the path names " + region);
        }
        if (budget.region() != null && blank(budget.region().name())) {
            missing("/region/name");
        }
        if (budget.department() == null || budget.department().code() == null) {
            missing("/department/code");
        } else if (!budget.department().code().equals(department)) {
            fault("/department/code", MISMATCH, "is " + budget.department().code() + " but the path names " + department);
        }
        if (budget.department() != null && blank(budget.department().name())) {
            missing("/department/name");
        }
    }

    private void checkUnits() {
        if (budget.units() == null || budget.units().isEmpty()) {
            fault("/units", "MISSING", "a package declares at least one unit");
            return;
        }
        for (int i = 0; i < budget.units().size(); i++) {
            BudgetPackage.Unit unit = budget.units().get(i);
            String at = "/units/" + i;
            if (unit == null) {
                missing(at);
                continue;
            }
            if (blank(unit.code())) {
                missing(at + "/code");
            } else if (units.containsKey(unit.code())) {
                fault(at + "/code", "DUPLICATE", "unit " + unit.code() + " is declared twice");
            }
            if (blank(unit.name())) {
                missing(at + "/name");
            }
            if (unit.type() == null) {
                missing(at + "/type");
            }
            if (!blank(unit.code())) {
                units.putIfAbsent(unit.code(), unit.type());
            }
        }
    }

    private void checkRevenues() {
        List<BudgetPackage.Revenue> revenues = orEmpty(budget.revenues());
        for (int i = 0; i < revenues.size(); i++) {
            BudgetPackage.Revenue revenue = revenues.get(i);
            String at = "/revenues/" + i;
            if (revenue == null) {
                missing(at);
                continue;
            }
            unit(at, revenue.unit());
            if (revenue.source() == null) {
                missing(at + "/source");
            } else if (revenue.source() == RevenueSource.CARRYOVER && revenue.fund() == null) {
                fault(at + "/fund", "MISSING", "a carry-over (上年结转结余) names the budget it was carried in");
            } else if (revenue.source() != RevenueSource.CARRYOVER && revenue.fund() != null) {
                fault(at + "/fund", "NOT_APPLICABLE", "only a CARRYOVER revenue names a fund");
            }
            amount(at, revenue.amount());
        }
    }

    private void checkProjects() {
        List<BudgetPackage.Project> list = orEmpty(budget.projects());
        for (int i = 0; i < list.size(); i++) {
            BudgetPackage.Project project = list.get(i);
            String at = "/projects/" + i;
            if (project == null) {
                missing(at);
                continue;
            }
            if (blank(project.code())) {
                missing(at + "/code");
            } else if (!PROJECT_CODE.matcher(project.code()).matches()) {
                fault(at + "/code", "MALFORMED", "a project code is 6 digits of the division and 15 digits or capitals");
            } else if (!projects.add(project.code())) {
                fault(at + "/code", "DUPLICATE", "project " + project.code() + " is declared twice");
            }
            if (blank(project.name())) {
                missing(at + "/name");
            }
            unit(at, project.unit());
            if (project.category() == null) {
                missing(at + "/category");
            }
        }
    }

    private static final int CODE_NAME_MAX = 100;

    private void checkExpenditures() {
        List<BudgetPackage.Expenditure> lines = orEmpty(budget.expenditures());
        for (int i = 0; i < lines.size(); i++) {
            BudgetPackage.Expenditure line = lines.get(i);
            String at = "/expenditures/" + i;
            if (line == null) {
                missing(at);
                continue;
            }
            unit(at, line.unit());
            if (blank(line.functionCode())) {
                missing(at + "/functionCode");
            } else if (!digits(line.functionCode(), FUNCTION_DIGITS)) {
                fault(at + "/functionCode", "MALFORMED", "a functional code on a line is the 7-digit 项 code");
            }
            optionalName(at, "/functionName", line.functionName());
            optionalName(at, "/economicName", line.economicName());
            optionalName(at, "/governmentEconomicName", line.governmentEconomicName());
            checkKind(at, line);
            code(at, "/economicCode", line.economicCode(), line.kind() == ExpenditureKind.BASIC);
            code(at, "/governmentEconomicCode", line.governmentEconomicCode(), line.kind() == ExpenditureKind.BASIC);
            if (line.fund() == null) {
                missing(at + "/fund");
            }
            if (line.carryover() == null) {
                missing(at + "/carryover");
            }
            amount(at, line.amount());
        }
    }

    /**
     * A code's name beside it is optional, but when given it is a name: 1 to 100 characters. The pointer is the
     * line's and the field's, joined only for a fault: a package has tens of thousands of lines.
     */
    private void optionalName(String line, String field, String name) {
        if (name != null && (blank(name) || name.length() > CODE_NAME_MAX)) {
            fault(line + field, "INVALID_NAME", "a code's name is 1 to " + CODE_NAME_MAX + " characters, or absent");
        }
    }

    private void checkKind(String at, BudgetPackage.Expenditure line) {
        if (line.kind() == null) {
            missing(at + "/kind");
        } else if (line.kind() == ExpenditureKind.BASIC) {
            if (line.category() == null) {
                fault(at + "/category", "MISSING", "a BASIC line is PERSONNEL (人员经费) or PUBLIC (公用经费)");
            }
            if (line.project() != null) {
                fault(at + "/project", "NOT_APPLICABLE", "only a PROJECT line names a project");
            }
        } else {
            if (line.category() != null) {
                fault(at + "/category", "NOT_APPLICABLE", "only a BASIC line has a category");
            }
            if (blank(line.project())) {
                fault(at + "/project", "MISSING", "a PROJECT line names its project");
            } else if (!projects.contains(line.project())) {
                fault(at + "/project", "UNDECLARED_PROJECT", line.project() + " is not among the package's projects");
            }
        }
    }

    private void checkProcurement() {
        List<BudgetPackage.Procurement> lines = orEmpty(budget.procurement());
        for (int i = 0; i < lines.size(); i++) {
            BudgetPackage.Procurement line = lines.get(i);
            String at = "/procurement/" + i;
            if (line == null) {
                missing(at);
                continue;
            }
            unit(at, line.unit());
            if (line.type() == null) {
                missing(at + "/type");
            }
            if (blank(line.item())) {
                missing(at + "/item");
            }
            amount(at, line.amount());
        }
    }

    private void unit(String at, String code) {
        if (blank(code)) {
            missing(at + "/unit");
        } else if (!units.containsKey(code)) {
            fault(at + "/unit", "UNDECLARED_UNIT", code + " is not among the package's units");
        }
    }

    private void code(String line, String field, String code, boolean required) {
        if (blank(code)) {
            if (required) {
                missing(line + field);
            }
        } else if (!digits(code, ECONOMIC_DIGITS)) {
            fault(line + field, "MALFORMED", "an economic code on a line is the 5-digit 款 code");
        }
    }

    /** Its sign, scale and size are limits of {@link BudgetPackage}'s fields, checked before these rules. */
    private void amount(String at, BigDecimal amount) {
        if (amount == null) {
            missing(at + "/amount");
        }
    }

    private void missing(String at) {
        fault(at, "MISSING", "is required");
    }

    private void fault(String at, String code, String message) {
        errors.add(new FieldError(at, code, message));
    }

    /**
     * Whether {@code value} is {@code length} ASCII digits, as {@code [0-9]{length}} matches it: a line's codes are
     * checked on every one of tens of thousands of lines, where a regex matcher each cost more than the check.
     */
    static boolean digits(String value, int length) {
        if (value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

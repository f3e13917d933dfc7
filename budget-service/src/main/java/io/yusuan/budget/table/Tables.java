package io.yusuan.budget.table;

import io.yusuan.budget.version.BudgetVersion;
import io.yusuan.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Derives the standard tables of a version: each section one SQL aggregation, then names and template rows. */
@ApplicationScoped
public class Tables {

    private final SectionQuery sections;
    private final RowNames names;

    public Tables(SectionQuery sections, RowNames names) {
        this.sections = sections;
        this.names = names;
    }

    public TableView table(BudgetVersion version, String number, AmountUnit unit, boolean byDepartmentCode) {
        TableDefinition definition = TableCatalog.find(number, byDepartmentCode)
                .orElseThrow(() -> new NotFoundProblem("There is no table " + number + "; the tables are 01 to 11."));
        return build(version, definition, context(version, unit));
    }

    /** Every table of the version, in order; the names are read once for all of them. */
    public List<TableView> all(BudgetVersion version, AmountUnit unit) {
        Context context = context(version, unit);
        return TableCatalog.all().stream().map(definition -> build(version, definition, context)).toList();
    }

    private Context context(BudgetVersion version, AmountUnit unit) {
        return new Context(names.classification(version.budget().fiscalYear()), names.units(version.id()),
                names.projects(version.id()), names.projectCategories(version.id()), unit);
    }

    private TableView build(BudgetVersion version, TableDefinition definition, Context context) {
        int year = version.budget().fiscalYear();
        AmountUnit unit = context.unit();
        List<TableView.SectionView> views = new ArrayList<>();
        boolean empty = true;
        for (Section section : definition.sections()) {
            List<TableRow> rows = sections.run(section, version.id(), year);
            TableRow total = rows.stream().filter(row -> row.level() == 0).findFirst().orElseThrow();
            empty &= total.values().values().stream().allMatch(amount -> amount.signum() == 0);
            views.add(section(section, rows, total, context));
        }
        String note = empty && definition.emptyNote() != null
                ? definition.emptyNote().replace("{department}", version.departmentShortName())
                        .replace("{year}", String.valueOf(year))
                : null;
        return new TableView(definition.number(), definition.title(), definition.titleEn(), version.departmentName(),
                year, version.number(), version.status(), unit.label(), views, empty, note);
    }

    private TableView.SectionView section(Section section, List<TableRow> rows, TableRow total, Context context) {
        List<TableView.ColumnView> columns = section.columns().stream()
                .map(column -> new TableView.ColumnView(column.key(), column.header(), column.group())).toList();
        Map<String, TableRow> byCode = rows.stream().filter(row -> row.level() > 0)
                .collect(Collectors.toMap(row -> row.level() + "/" + row.code() + "/" + row.pairedCode(), row -> row,
                        (a, b) -> a, LinkedHashMap::new));
        List<TableView.RowView> views = new ArrayList<>();
        Map<String, BigDecimal> thisYear = null;
        switch (section.rows()) {
            case FUNCTIONAL_CATEGORIES -> {
                Map<String, String> functional = context.scheme("functional");
                functional.forEach((code, name) -> {
                    if (code.length() == 3) {
                        TableRow row = byCode.get("1/" + code + "/null");
                        views.add(view(code, name, 1, null, null, null,
                                row == null ? zeros(section) : row.values(), context));
                    }
                });
            }
            case REVENUE_SOURCE -> {
                for (Map.Entry<String, String> source : TableRows.REVENUE_SOURCES) {
                    if (section.only() == null || section.only().contains(source.getKey())) {
                        TableRow row = byCode.get("1/" + source.getKey() + "/null");
                        views.add(view(source.getKey(), source.getValue(), 1, null, null, null,
                                row == null ? zeros(section) : row.values(), context));
                    }
                }
                TableRow carryover = byCode.get("1/CARRYOVER/null");
                thisYear = new LinkedHashMap<>();
                for (Map.Entry<String, BigDecimal> value : total.values().entrySet()) {
                    BigDecimal carried = carryover == null ? BigDecimal.ZERO : carryover.values().get(value.getKey());
                    thisYear.put(value.getKey(), context.unit().present(value.getValue().subtract(carried)));
                }
            }
            default -> {
                for (TableRow row : byCode.values()) {
                    views.add(named(section.rows(), row, context));
                }
            }
        }
        return new TableView.SectionView(section.key(), section.title(), columns, views, context.present(total.values()),
                thisYear);
    }

    private TableView.RowView named(RowDimension dimension, TableRow row, Context context) {
        return switch (dimension) {
            case ECONOMIC_DEPARTMENT -> view(row.code(), context.name("economic-department", row.code()), row.level(),
                    row.pairedCode(), row.pairedCode() == null ? null : context.name("economic-government", row.pairedCode()),
                    null, row.values(), context);
            case ECONOMIC_GOVERNMENT -> view(row.code(), context.name("economic-government", row.code()), row.level(),
                    null, null, null, row.values(), context);
            case PROJECT -> row.level() == 1
                    ? view(row.code(), context.units().get(row.code()), 1, null, null, null, row.values(), context)
                    : view(row.code(), context.projects().get(row.code()), 2, null, null,
                            TableRows.PROJECT_CATEGORIES.get(context.projectCategories().get(row.code())), row.values(), context);
            case UNIT -> view(row.code(), context.units().get(row.code()), 1, null, null, null, row.values(), context);
            default -> view(row.code(), context.name("functional", row.code()), row.level(), null, null, null,
                    row.values(), context);
        };
    }

    private static TableView.RowView view(String code, String name, int level, String governmentCode, String governmentName,
            String category, Map<String, BigDecimal> values, Context context) {
        return new TableView.RowView(code, TableRows.NONE.equals(code) ? "未列经济分类" : name, level, governmentCode,
                governmentName, category, context.present(values));
    }

    private static Map<String, BigDecimal> zeros(Section section) {
        Map<String, BigDecimal> zeros = new LinkedHashMap<>();
        section.columns().forEach(column -> zeros.put(column.key(), BigDecimal.ZERO));
        return zeros;
    }

    /** What every row of one table needs. */
    private record Context(Map<String, Map<String, String>> classification, Map<String, String> units,
            Map<String, String> projects, Map<String, String> projectCategories, AmountUnit unit) {

        Map<String, String> scheme(String scheme) {
            return classification.getOrDefault(scheme, Map.of());
        }

        String name(String scheme, String code) {
            return scheme(scheme).get(code);
        }

        Map<String, BigDecimal> present(Map<String, BigDecimal> values) {
            Map<String, BigDecimal> presented = new LinkedHashMap<>();
            values.forEach((key, amount) -> presented.put(key, unit.present(amount)));
            return presented;
        }
    }
}

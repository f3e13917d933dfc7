package io.yusuan.budget.table;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.yusuan.budget.load.RevenueSource;
import io.yusuan.budget.version.BudgetVersion;
import io.yusuan.budget.version.PublishedCache;
import io.yusuan.budget.version.VersionStatus;
import io.yusuan.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Derives the standard tables of a version: each section one SQL aggregation (two where the printed table groups
 * otherwise), all sent at once with the names they print, then names, template rows and the printed layout. A published
 * version's tables are derived once ({@link PublishedCache}), from the read-only datasource {@code reads}: its lines
 * never change, so a replica serves them as well as the primary. A draft's come from the primary, which holds the
 * editor's latest load.
 */
@ApplicationScoped
public class Tables {

    /** What a table the source document does not print says so with. */
    static final String NOT_PRINTED = "本表列于部门预算公开目录，源文件未印出；按模板口径编制。";

    private final AgroalDataSource primary;
    private final AgroalDataSource reads;
    private final PublishedCache published;

    public Tables(AgroalDataSource primary, @DataSource("reads") AgroalDataSource reads, PublishedCache published) {
        this.primary = primary;
        this.reads = reads;
        this.published = published;
    }

    /** The table of that number (07 by department code or not), or 404: checked before anything is read. */
    public static TableDefinition definition(String number, boolean byDepartmentCode) {
        return TableCatalog.find(number, byDepartmentCode)
                .orElseThrow(() -> new NotFoundProblem("There is no table " + number + "; the tables are 01 to 11."));
    }

    public TableView table(BudgetVersion version, String number, AmountUnit unit, boolean byDepartmentCode) {
        TableDefinition definition = definition(number, byDepartmentCode);
        return published.get(version, key(definition, unit, byDepartmentCode),
                () -> build(version, List.of(definition), unit).get(0));
    }

    /** The table of a published version if it was derived before: answered without a query. */
    public Optional<TableView> kept(BudgetVersion version, String number, AmountUnit unit, boolean byDepartmentCode) {
        return published.kept(version, key(definition(number, byDepartmentCode), unit, byDepartmentCode));
    }

    private static List<Object> key(TableDefinition definition, AmountUnit unit, boolean byDepartmentCode) {
        return List.of("table", definition.number(), unit, byDepartmentCode);
    }

    /** Every table of the version, in order, from one batch of selects. */
    public List<TableView> all(BudgetVersion version, AmountUnit unit) {
        return published.get(version, List.of("tables", unit), () -> build(version, TableCatalog.all(), unit));
    }

    private List<TableView> build(BudgetVersion version, List<TableDefinition> definitions, AmountUnit unit) {
        int year = version.budget().fiscalYear();
        SectionQuery.Lines lines = SectionQuery.Lines.version(version.id(), year);
        List<SectionQuery.Sum> sums = SectionQuery.sums(definitions, dimension -> lines);
        List<String> statements = new ArrayList<>(List.of(RowNames.classificationSql(year),
                RowNames.unitsSql(version.id()), RowNames.projectsSql(version.id())));
        sums.forEach(sum -> statements.add(sum.sql()));
        List<List<Object[]>> results;
        try (Connection connection = (version.status() == VersionStatus.PUBLISHED ? reads : primary).getConnection()) {
            results = SqlBatch.results(connection, statements);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the version's lines", e);
        }
        List<Object[]> projects = results.get(2);
        TableContext context = new TableContext(RowNames.classification(results.get(0)), RowNames.byCode(results.get(1), 1),
                RowNames.byCode(projects, 1), RowNames.byCode(projects, 2), RowNames.byCode(projects, 3), unit);
        Heading heading = new Heading(version.departmentName(), version.departmentShortName(), year, version.number(),
                version.status());
        Sums answered = SectionQuery.answered(sums, results.subList(3, results.size()));
        return definitions.stream().map(definition -> derive(definition, heading, context, answered)).toList();
    }

    /**
     * A table whose sections {@code sums} sums: a version's lines, or a region's ({@code io.yusuan.budget.region}).
     * The rows are named and laid out the same whatever the lines.
     */
    public static TableView derive(TableDefinition definition, Heading heading, TableContext context, Sums sums) {
        List<TableView.SectionView> views = new ArrayList<>();
        List<SectionData> data = new ArrayList<>();
        boolean empty = true;
        for (Section section : definition.sections()) {
            List<TableRow> rows = sums.run(section, section.rows());
            TableRow total = rows.stream().filter(row -> row.level() == 0).findFirst().orElseThrow();
            empty &= total.values().values().stream().allMatch(amount -> amount.signum() == 0);
            List<TableRow> printed = section.printedBy() == null ? null : sums.run(section, section.printedBy());
            SectionData sectionData = new SectionData(section, rows.stream().filter(row -> row.level() > 0).toList(),
                    printed, total, section.revenue() ? thisYear(rows, total) : null);
            data.add(sectionData);
            views.add(section(sectionData, context));
        }
        String note = empty && definition.emptyNote() != null
                ? definition.emptyNote().replace("{department}", heading.shortName())
                        .replace("{year}", String.valueOf(heading.year()))
                : null;
        List<String> notes = new ArrayList<>(definition.notes());
        if (note != null) {
            notes.add(note);
        }
        return new TableView(definition.number(), definition.title(), definition.titleEn(), heading.name(),
                heading.year(), heading.version(), heading.status(), context.unit().label(), views, empty, note,
                definition.printedTitle() == null ? definition.title() : definition.printedTitle(),
                definition.printedInSource(), definition.printedInSource() ? null : NOT_PRINTED, notes,
                definition.layout().print(data, context));
    }

    /** A section's rows (total first) grouped by a dimension: {@link SectionQuery#rows}. */
    @FunctionalInterface
    public interface Sums {
        List<TableRow> run(Section section, RowDimension dimension);
    }

    /**
     * What a table's heading names.
     *
     * @param name 部门名称 (or the region's name)
     * @param shortName the name a no-data note prints
     * @param version the version the table is of; null for a region's roll-up of many
     */
    public record Heading(String name, String shortName, int year, Integer version, VersionStatus status) {
    }

    /** 本年收入合计: the total without 上年结转结余, in yuan. */
    private static Map<String, BigDecimal> thisYear(List<TableRow> rows, TableRow total) {
        TableRow carryover = rows.stream()
                .filter(row -> row.level() == 1 && RevenueSource.CARRYOVER.name().equals(row.code())).findFirst().orElse(null);
        Map<String, BigDecimal> thisYear = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> value : total.values().entrySet()) {
            BigDecimal carried = carryover == null ? BigDecimal.ZERO : carryover.values().get(value.getKey());
            thisYear.put(value.getKey(), value.getValue().subtract(carried));
        }
        return thisYear;
    }

    private static TableView.SectionView section(SectionData data, TableContext context) {
        Section section = data.section();
        List<TableView.ColumnView> columns = section.columns().stream()
                .map(column -> new TableView.ColumnView(column.key(), column.header(), column.group(), column.path()))
                .toList();
        Map<String, TableRow> byCode = data.rows().stream()
                .collect(Collectors.toMap(row -> row.level() + "/" + row.code() + "/" + row.pairedCode(), row -> row,
                        (a, b) -> a, LinkedHashMap::new));
        List<TableView.RowView> views = new ArrayList<>();
        switch (section.rows()) {
            case FUNCTIONAL_CATEGORIES -> context.scheme("functional").forEach((code, name) -> {
                if (code.length() == 3) {
                    TableRow row = byCode.get("1/" + code + "/null");
                    views.add(view(code, name, 1, null, null, null, row == null ? zeros(section) : row.values(), context));
                }
            });
            case REVENUE_SOURCE -> {
                for (RevenueSource source : RevenueSource.values()) {
                    if (section.only() == null || section.only().contains(source.name())) {
                        TableRow row = byCode.get("1/" + source.name() + "/null");
                        views.add(view(source.name(), TableRows.revenueRow(source), 1, null, null, null,
                                row == null ? zeros(section) : row.values(), context));
                    }
                }
            }
            default -> {
                for (TableRow row : byCode.values()) {
                    views.add(named(section.rows(), row, context));
                }
            }
        }
        return new TableView.SectionView(section.key(), section.title(), columns, views,
                context.present(data.total().values()), data.thisYear() == null ? null : context.present(data.thisYear()));
    }

    private static TableView.RowView named(RowDimension dimension, TableRow row, TableContext context) {
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
            String category, Map<String, BigDecimal> values, TableContext context) {
        return new TableView.RowView(code, TableRows.NONE.equals(code) ? TableLayout.UNCLASSIFIED : name, level,
                governmentCode, governmentName, category, context.present(values));
    }

    private static Map<String, BigDecimal> zeros(Section section) {
        Map<String, BigDecimal> zeros = new LinkedHashMap<>();
        section.columns().forEach(column -> zeros.put(column.key(), BigDecimal.ZERO));
        return zeros;
    }
}

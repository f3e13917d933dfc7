package io.yusuan.budget.table;

import io.yusuan.budget.load.RevenueSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the template prints a table: its text columns, which amount columns, and its rows in print order with their
 * labels. The one definition the JSON's {@code printed}, the CSV and the XLSX all render.
 */
enum TableLayout {

    /** 01: 收入 on the left, 支出 as the template's numbered 类 on the right, then the totals side by side. */
    REVENUE_AND_EXPENDITURE {
        @Override
        TableView.PrintedView print(List<SectionData> sections, TableContext context) {
            SectionData revenue = sections.get(0);
            SectionData expenditure = sections.get(1);
            PrintedGrid grid = new PrintedGrid(context);
            grid.text("revenue", "revenueItem", "收入", "项目").amounts(revenue, "收入", null)
                    .text("expenditure", "expenditureItem", "支出", "项目").amounts(expenditure, "支出", null);
            List<Half> left = new ArrayList<>();
            for (TableRows.Labelled line : TableRows.REVENUE_01) {
                left.add(Half.of(revenue, "revenueItem", line.label(), valuesOf(revenue.row(1, line.code()))));
            }
            TableRow institutionFund = revenue.row(1, TableRows.INSTITUTION_FUND_01.code());
            if (institutionFund != null && nonZero(institutionFund.values())) {
                left.add(Half.of(revenue, "revenueItem", TableRows.INSTITUTION_FUND_01.label(), institutionFund.values()));
            }
            List<Half> right = categories(expenditure, "expenditureItem", TableRows.CATEGORIES_01, context);
            grid.sideBySide(left, right, RowKind.LINE);
            Map<String, BigDecimal> carried = valuesOf(revenue.row(1, RevenueSource.CARRYOVER.name()));
            grid.sideBySide(List.of(Half.of(revenue, "revenueItem", "本年收入合计", revenue.thisYear())),
                    List.of(Half.of(expenditure, "expenditureItem", "本年支出合计", expenditure.total().values())), RowKind.SUBTOTAL);
            grid.sideBySide(List.of(Half.of(revenue, "revenueItem", "上年结转结余", carried)),
                    List.of(Half.of(expenditure, "expenditureItem", "年终结转结余", Map.of())), RowKind.SUBTOTAL);
            grid.sideBySide(List.of(Half.of(revenue, "revenueItem", "收入总计", revenue.total().values())),
                    List.of(Half.of(expenditure, "expenditureItem", "支出总计", expenditure.total().values())), RowKind.TOTAL);
            return grid.build();
        }
    },

    /** 02: 合计, then each unit with its code. */
    UNITS {
        @Override
        TableView.PrintedView print(List<SectionData> sections, TableContext context) {
            SectionData section = sections.get(0);
            PrintedGrid grid = new PrintedGrid(context);
            grid.text("rows", "unitCode", "单位代码").text("rows", "name", "单位名称").amounts(section, null, null);
            grid.row(RowKind.TOTAL, section, section.total().values(), "name", "合计");
            for (TableRow row : section.rows()) {
                grid.row(RowKind.UNIT_SUBTOTAL, section, row.values(), "unitCode", row.code(), "name", context.units().get(row.code()));
            }
            return grid.build();
        }
    },

    /**
     * 03, 05, 09, 10: 科目编码 as 类, 款 and 项, 单位代码, 单位（科目名称）; 合计 first, then each unit's subtotal before
     * its own 项.
     */
    UNIT_BLOCKS {
        @Override
        TableView.PrintedView print(List<SectionData> sections, TableContext context) {
            SectionData section = sections.get(0);
            PrintedGrid grid = new PrintedGrid(context);
            grid.text("rows", "category", "科目编码", "类").text("rows", "kind", "科目编码", "款")
                    .text("rows", "item", "科目编码", "项").text("rows", "unitCode", "单位代码")
                    .text("rows", "name", "单位（科目名称）")
                    .amounts(section, null, TableCatalog.BASIC_AND_PROJECT_PRINTED);
            for (TableRow row : section.printed()) {
                switch (row.level()) {
                    case 0 -> grid.row(RowKind.TOTAL, section, row.values(), "name", "合计");
                    case 1 -> grid.row(RowKind.UNIT_SUBTOTAL, section, row.values(), "unitCode", row.code(),
                            "name", context.units().get(row.code()));
                    default -> grid.row(RowKind.ITEM, section, row.values(), "category", row.code().substring(0, 3),
                            "kind", row.code().substring(3, 5), "item", row.code().substring(5),
                            "name", context.name("functional", row.code()));
                }
            }
            return grid.build();
        }
    },

    /**
     * 04: 收入 (一、本年收入 with its three appropriations, 二、上年结转 with its three) on the left, 支出 (一、本年支出 with
     * the template's numbered 类, 二、年终结转结余) on the right, then 收入合计 and 支出合计.
     */
    FISCAL {
        @Override
        TableView.PrintedView print(List<SectionData> sections, TableContext context) {
            SectionData revenue = sections.get(0);
            SectionData expenditure = sections.get(1);
            PrintedGrid grid = new PrintedGrid(context);
            Column amount = Column.of("total", "金额", null);
            grid.text("revenue", "revenueItem", "收入", "项目").amount(revenue, "收入", amount)
                    .text("expenditure", "expenditureItem", "支出", "项目").amounts(expenditure, "支出", null);
            List<Half> left = new ArrayList<>();
            left.add(Half.of(revenue, "revenueItem", "一、本年收入", revenue.thisYear()));
            for (TableRows.Labelled line : TableRows.REVENUE_04) {
                left.add(Half.of(revenue, "revenueItem", line.label(), valuesOf(revenue.row(1, line.code()))));
            }
            Map<String, BigDecimal> carried = valuesOf(revenue.row(1, RevenueSource.CARRYOVER.name()));
            left.add(Half.of(revenue, "revenueItem", "二、上年结转", carried));
            for (TableRows.Labelled fund : TableRows.CARRYOVER_04) {
                left.add(Half.of(revenue, "revenueItem", fund.label(),
                        Map.of("total", carried.getOrDefault(fund.code(), BigDecimal.ZERO))));
            }
            List<Half> right = new ArrayList<>();
            right.add(Half.of(expenditure, "expenditureItem", "一、本年支出", expenditure.total().values()));
            right.addAll(categories(expenditure, "expenditureItem", TableRows.CATEGORIES_04, context));
            right.add(Half.of(expenditure, "expenditureItem", "二、年终结转结余", Map.of()));
            grid.sideBySide(left, right, RowKind.LINE);
            grid.sideBySide(List.of(Half.of(revenue, "revenueItem", "收入合计", revenue.total().values())),
                    List.of(Half.of(expenditure, "expenditureItem", "支出合计", expenditure.total().values())), RowKind.TOTAL);
            return grid.build();
        }
    },

    /** 06, and 07 by department code: 合计, then each department economic 款 with the government code it pairs. */
    ECONOMIC_PAIRS {
        @Override
        TableView.PrintedView print(List<SectionData> sections, TableContext context) {
            SectionData section = sections.get(0);
            PrintedGrid grid = new PrintedGrid(context);
            grid.text("rows", "code", "部门预算支出经济分类科目", "科目编码").text("rows", "name", "部门预算支出经济分类科目", "科目名称")
                    .text("rows", "governmentCode", "政府预算支出经济分类科目", "科目编码")
                    .text("rows", "governmentName", "政府预算支出经济分类科目", "科目名称")
                    .amounts(section, null, null);
            grid.row(RowKind.TOTAL, section, section.total().values(), "code", "合计");
            for (TableRow row : section.rows()) {
                if (row.level() == 2) {
                    grid.row(RowKind.ITEM, section, row.values(), "code", printedCode(row), "name", economicName(row, context),
                            "governmentCode", row.pairedCode(),
                            "governmentName", row.pairedCode() == null ? null : context.name("economic-government", row.pairedCode()));
                }
            }
            return grid.build();
        }
    },

    /** 07: 合计, then each government economic 类 before its 款. */
    ECONOMIC {
        @Override
        TableView.PrintedView print(List<SectionData> sections, TableContext context) {
            SectionData section = sections.get(0);
            PrintedGrid grid = new PrintedGrid(context);
            grid.text("rows", "code", "政府预算支出经济分类科目", "科目编码").text("rows", "name", "政府预算支出经济分类科目", "科目名称")
                    .amounts(section, null, null);
            grid.row(RowKind.TOTAL, section, section.total().values(), "code", "合计");
            for (TableRow row : section.rows()) {
                grid.row(row.level() == 1 ? RowKind.CATEGORY : RowKind.ITEM, section, row.values(), "code", printedCode(row),
                        "name", TableRows.NONE.equals(row.code()) ? UNCLASSIFIED : context.name("economic-government", row.code()));
            }
            return grid.build();
        }
    },

    /** 08: one row of totals under its header, no labels. */
    TOTALS {
        @Override
        TableView.PrintedView print(List<SectionData> sections, TableContext context) {
            SectionData section = sections.get(0);
            PrintedGrid grid = new PrintedGrid(context);
            grid.amounts(section, null, null);
            grid.row(RowKind.TOTAL, section, section.total().values());
            return grid.build();
        }
    },

    /** 11: 类型, 项目名称, 项目单位; 合计, then each unit (its code under 项目名称) before its projects. */
    PROJECTS {
        @Override
        TableView.PrintedView print(List<SectionData> sections, TableContext context) {
            SectionData section = sections.get(0);
            PrintedGrid grid = new PrintedGrid(context);
            grid.text("rows", "category", "类型").text("rows", "name", "项目名称").text("rows", "unit", "项目单位")
                    .amounts(section, null, null);
            grid.row(RowKind.TOTAL, section, section.total().values());
            for (TableRow row : section.rows()) {
                if (row.level() == 1) {
                    grid.row(RowKind.UNIT_SUBTOTAL, section, row.values(), "name", row.code(), "unit", context.units().get(row.code()));
                } else {
                    grid.row(RowKind.PROJECT, section, row.values(),
                            "category", TableRows.PROJECT_CATEGORIES.get(context.projectCategories().get(row.code())),
                            "name", context.projects().get(row.code()),
                            "unit", context.units().get(context.projectUnits().get(row.code())));
                }
            }
            return grid.build();
        }
    };

    /**
     * What a printed row is; its name is the JSON's {@code kind}. A total, a subtotal or a unit's subtotal prints bold
     * with its label centred; a 项 or a project is indented under its unit.
     */
    enum RowKind {
        /** 合计, 收入总计. */
        TOTAL,
        /** 本年收入合计, 上年结转结余. */
        SUBTOTAL,
        /** A unit's row before its own. */
        UNIT_SUBTOTAL,
        /** A 类. */
        CATEGORY,
        /** A 项 or 款. */
        ITEM,
        /** A project. */
        PROJECT,
        /** A row of a two-sided table. */
        LINE;

        /** Whether the row is a total (bold, its label centred). */
        boolean total() {
            return this == TOTAL || this == SUBTOTAL || this == UNIT_SUBTOTAL;
        }

        /** How many levels its label is indented under its unit. */
        int indent() {
            return this == ITEM || this == PROJECT ? 1 : 0;
        }
    }

    /** The name of the row of lines without a code of the dimension. */
    static final String UNCLASSIFIED = "未列经济分类";

    abstract TableView.PrintedView print(List<SectionData> sections, TableContext context);

    private static String printedCode(TableRow row) {
        return TableRows.NONE.equals(row.code()) ? null : row.code();
    }

    private static String economicName(TableRow row, TableContext context) {
        return TableRows.NONE.equals(row.code()) ? UNCLASSIFIED : context.name("economic-department", row.code());
    }

    private static Map<String, BigDecimal> valuesOf(TableRow row) {
        return row == null ? Map.of() : row.values();
    }

    private static boolean nonZero(Map<String, BigDecimal> values) {
        return values.values().stream().anyMatch(amount -> amount.signum() != 0);
    }

    /**
     * The template's numbered 类, then any 类 with figures the list leaves out (in code order, by the catalogue's
     * name), so that no amount goes unprinted.
     */
    private static List<Half> categories(SectionData section, String textKey, List<TableRows.Labelled> template,
            TableContext context) {
        List<Half> halves = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (TableRows.Labelled category : template) {
            halves.add(Half.of(section, textKey, category.label(),
                    category.code() == null ? Map.of() : valuesOf(section.row(1, category.code()))));
            listed.add(category.code());
        }
        for (TableRow row : section.rows()) {
            if (row.level() == 1 && !listed.contains(row.code()) && nonZero(row.values())) {
                halves.add(Half.of(section, textKey, context.name("functional", row.code()), row.values()));
            }
        }
        return halves;
    }

    /** One side's part of a printed row of a two-sided table; amounts by the section's column keys, in yuan. */
    record Half(SectionData section, String textKey, String label, Map<String, BigDecimal> values) {

        static Half of(SectionData section, String textKey, String label, Map<String, BigDecimal> values) {
            return new Half(section, textKey, label, values);
        }
    }

    /** A printed table being laid out. */
    static final class PrintedGrid {

        private final TableContext context;
        private final List<TableView.PrintedColumnView> columns = new ArrayList<>();
        /** For each amount column: its section's key and its key there. */
        private final Map<String, String[]> sources = new LinkedHashMap<>();
        private final List<TableView.PrintedRowView> rows = new ArrayList<>();

        PrintedGrid(TableContext context) {
            this.context = context;
        }

        PrintedGrid text(String side, String key, String... path) {
            columns.add(new TableView.PrintedColumnView(key, side, List.of(path), false));
            return this;
        }

        /** The section's columns (those of {@code keys}, or all), under {@code over} where two sides share the table. */
        PrintedGrid amounts(SectionData section, String over, List<String> keys) {
            for (Column column : section.section().columns()) {
                if (keys == null || keys.contains(column.key())) {
                    amount(section, over, column);
                }
            }
            return this;
        }

        PrintedGrid amount(SectionData section, String over, Column column) {
            String key = over == null ? column.key() : section.section().key() + "." + column.key();
            List<String> path = new ArrayList<>();
            if (over != null) {
                path.add(over);
            }
            path.addAll(column.path());
            columns.add(new TableView.PrintedColumnView(key, section.section().key(), path, true));
            sources.put(key, new String[] {section.section().key(), column.key()});
            return this;
        }

        /** A row of one section: its amounts from {@code values} (yuan), its texts as key, text pairs. */
        void row(RowKind kind, SectionData section, Map<String, BigDecimal> values, String... texts) {
            Map<String, String> printedTexts = new LinkedHashMap<>();
            for (int i = 0; i < texts.length; i += 2) {
                if (texts[i + 1] != null) {
                    printedTexts.put(texts[i], texts[i + 1]);
                }
            }
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            present(section, values, amounts);
            rows.add(new TableView.PrintedRowView(kind.name(), label(printedTexts), printedTexts, amounts));
        }

        /** Rows of two sides, top-aligned, the shorter side blank below its last row. */
        void sideBySide(List<Half> left, List<Half> right, RowKind kind) {
            for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                Map<String, String> texts = new LinkedHashMap<>();
                Map<String, BigDecimal> amounts = new LinkedHashMap<>();
                for (Half half : new Half[] {i < left.size() ? left.get(i) : null, i < right.size() ? right.get(i) : null}) {
                    if (half != null) {
                        texts.put(half.textKey(), half.label());
                        present(half.section(), half.values(), amounts);
                    }
                }
                rows.add(new TableView.PrintedRowView(kind.name(), label(texts), texts, amounts));
            }
        }

        /** The section's amount columns of the grid, from values by the section's keys; a value not there is 0.00. */
        private void present(SectionData section, Map<String, BigDecimal> values, Map<String, BigDecimal> into) {
            sources.forEach((key, source) -> {
                if (source[0].equals(section.section().key())) {
                    into.put(key, context.present(values.getOrDefault(source[1], BigDecimal.ZERO)));
                }
            });
        }

        /** A row's label: its name, 合计 or item as printed; the first text that is not a code. */
        private static String label(Map<String, String> texts) {
            return texts.values().stream().filter(text -> !text.chars().allMatch(Character::isDigit)).findFirst().orElse("");
        }

        TableView.PrintedView build() {
            return new TableView.PrintedView(columns, HeaderGrid.of(columns), rows);
        }
    }
}

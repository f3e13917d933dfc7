package io.yusuan.budget.table;

import io.yusuan.budget.version.VersionStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table as an XLSX sheet laid out like the printed template: the title (2022年一般公共预算支出预算表)
 * merged across the table, 部门名称 and 单位 under it, two header rows with each group header (基本支出)
 * merged over its columns and every other header merged down both rows, a 合计 row, then the rows with
 * their codes and names (indented by level) and the amounts as numbers in a 0.00 format, and the
 * template's note under the table when it has no data. The two-section tables 01 and 04 put 收入 on
 * the left and 支出 on the right, as printed.
 */
public final class TableWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String AMOUNT_FORMAT = "0.00";

    /** Widest column, in characters (a CJK character counts two). */
    private static final int MAX_WIDTH = 60;
    private static final int MIN_AMOUNT_WIDTH = 12;

    private TableWorkbook() {
    }

    /** One table, as a workbook of one sheet. */
    public static byte[] of(TableView table) {
        return of(List.of(table));
    }

    /** Tables as one workbook, a sheet each, in the order given. */
    public static byte[] of(List<TableView> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (TableView table : tables) {
                new SheetWriter(workbook.createSheet(sheetName(table)), table, styles).write();
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "05 一般公共预算支出预算表", within Excel's 31 characters and without the characters it refuses. */
    public static String sheetName(TableView table) {
        return WorkbookUtil.createSafeSheetName(table.number() + " " + table.title());
    }

    /** A row's code as printed: none for the row of lines without a code of the dimension (未列经济分类). */
    private static String code(TableView.RowView row) {
        return TableRows.NONE.equals(row.code()) ? null : row.code();
    }

    /** How wide a text prints, in Excel's character widths: a CJK (full-width) character is two. */
    static int displayWidth(String text) {
        if (text == null) {
            return 0;
        }
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += c >= 0x2E80 ? 2 : 1;
            i += Character.charCount(c);
        }
        return width;
    }

    /**
     * A text column before a section's amounts.
     *
     * @param group the header over it (06: 部门预算支出经济分类科目), or null
     * @param indented whether the text is indented by the row's level (the name)
     */
    private record Lead(String group, String header, Function<TableView.RowView, String> text, boolean indented) {
    }

    /** A section's columns on the sheet: its text columns, then its amounts, from column {@code first}. */
    private record Block(TableView.SectionView section, List<Lead> leads, int first) {

        int width() {
            return leads.size() + section.columns().size();
        }

        int last() {
            return first + width() - 1;
        }

        /** Rows below the header: 合计, 本年收入合计 where given, then the rows. */
        int height() {
            return 1 + (section.thisYear() == null ? 0 : 1) + section.rows().size();
        }
    }

    private static final class SheetWriter {

        private final Sheet sheet;
        private final TableView table;
        private final Styles styles;
        private final List<Block> blocks = new ArrayList<>();
        private final int width;
        private final int[] widths;

        SheetWriter(Sheet sheet, TableView table, Styles styles) {
            this.sheet = sheet;
            this.table = table;
            this.styles = styles;
            boolean sectioned = table.sections().size() > 1;
            int first = 0;
            for (int i = 0; i < table.sections().size(); i++) {
                TableView.SectionView section = table.sections().get(i);
                Block block = new Block(section, leads(section, dimension(i), sectioned), first);
                blocks.add(block);
                first += block.width();
            }
            this.width = first;
            this.widths = new int[width];
        }

        /** What the section's rows are, as the catalog declares it. */
        private RowDimension dimension(int section) {
            return TableCatalog.find(table.number(), false)
                    .filter(definition -> definition.sections().size() > section)
                    .map(definition -> definition.sections().get(section).rows())
                    .orElse(RowDimension.FUNCTIONAL);
        }

        private static List<Lead> leads(TableView.SectionView section, RowDimension dimension, boolean sectioned) {
            List<Lead> leads = new ArrayList<>();
            if (dimension == RowDimension.NONE) {
                // a set of totals (08): one row of amounts, no row labels
                return leads;
            }
            boolean paired = dimension == RowDimension.ECONOMIC_DEPARTMENT
                    || section.rows().stream().anyMatch(row -> row.governmentCode() != null);
            if (paired) {
                leads.add(new Lead("部门预算支出经济分类科目", "科目编码", TableWorkbook::code, false));
                leads.add(new Lead("部门预算支出经济分类科目", "科目名称", TableView.RowView::name, true));
                leads.add(new Lead("政府预算支出经济分类科目", "科目编码", TableView.RowView::governmentCode, false));
                leads.add(new Lead("政府预算支出经济分类科目", "科目名称", TableView.RowView::governmentName, false));
                return leads;
            }
            if (dimension != RowDimension.REVENUE_SOURCE) {
                // a revenue source's code is ours (FISCAL_GENERAL_PUBLIC), not the template's
                leads.add(new Lead(null, "编码", TableWorkbook::code, false));
            }
            leads.add(new Lead(null, sectioned ? "项目" : "名称", TableView.RowView::name, true));
            if (dimension == RowDimension.PROJECT) {
                leads.add(new Lead(null, "类型", TableView.RowView::category, false));
            }
            return leads;
        }

        void write() {
            int row = 0;
            Cell title = cell(row, 0, styles.title);
            // a sheet of an unpublished version says so, so that a draft is never mistaken for the disclosure
            title.setCellValue(table.fiscalYear() + "年" + table.title()
                    + (table.status() == VersionStatus.PUBLISHED ? "" : "（" + table.status() + " 草稿，未公开）"));
            sheet.getRow(row).setHeightInPoints(30);
            merge(row, row, 0, width - 1);
            row++;

            // 部门名称 on the left and 单位 in the last column, as printed; on a row each if the table is narrow
            cell(row, 0, styles.caption).setCellValue("部门名称：" + table.departmentName());
            boolean sameRow = width > 2;
            merge(row, row, 0, sameRow ? width - 2 : width - 1);
            if (!sameRow) {
                row++;
            }
            cell(row, sameRow ? width - 1 : 0, styles.unit).setCellValue("单位：" + table.unit());
            if (!sameRow) {
                merge(row, row, 0, width - 1);
            }
            row++;

            int headerStart = row;
            int dataStart = header(headerStart);
            int end = dataStart;
            for (Block block : blocks) {
                end = Math.max(end, body(block, dataStart));
            }
            // blocks of unequal length (01, 04) still make one ruled rectangle
            for (Block block : blocks) {
                for (int r = dataStart + block.height(); r < end; r++) {
                    for (int c = block.first(); c <= block.last(); c++) {
                        cell(r, c, styles.blank);
                    }
                }
            }
            if (table.note() != null) {
                Cell note = cell(end, 0, styles.note);
                note.setCellValue(table.note());
                merge(end, end, 0, width - 1);
            }
            layout(headerStart, dataStart, end);
        }

        /** The header rows from {@code start}; answers the first row below them. */
        private int header(int start) {
            boolean titled = blocks.size() > 1;
            boolean grouped = blocks.stream().anyMatch(block -> block.leads().stream().anyMatch(lead -> lead.group() != null)
                    || block.section().columns().stream().anyMatch(column -> column.group() != null));
            int groupRow = start + (titled ? 1 : 0);
            int headerRow = groupRow + (grouped ? 1 : 0);
            for (int r = start; r <= headerRow; r++) {
                for (int c = 0; c < width; c++) {
                    cell(r, c, styles.header);
                }
            }
            for (Block block : blocks) {
                if (titled) {
                    sheet.getRow(start).getCell(block.first()).setCellValue(block.section().title());
                    merge(start, start, block.first(), block.last());
                }
                List<String> groups = new ArrayList<>();
                List<String> headers = new ArrayList<>();
                block.leads().forEach(lead -> {
                    groups.add(lead.group());
                    headers.add(lead.header());
                });
                block.section().columns().forEach(column -> {
                    groups.add(column.group());
                    headers.add(column.header());
                });
                for (int i = 0; i < headers.size(); i++) {
                    int column = block.first() + i;
                    String group = groups.get(i);
                    sheet.getRow(headerRow).getCell(column).setCellValue(headers.get(i));
                    fit(column, headers.get(i));
                    if (group == null) {
                        if (grouped) {
                            sheet.getRow(groupRow).getCell(column).setCellValue(headers.get(i));
                            merge(groupRow, headerRow, column, column);
                        }
                    } else if (i == 0 || !group.equals(groups.get(i - 1))) {
                        int span = 1;
                        while (i + span < groups.size() && group.equals(groups.get(i + span))) {
                            span++;
                        }
                        sheet.getRow(groupRow).getCell(column).setCellValue(group);
                        merge(groupRow, groupRow, column, column + span - 1);
                    }
                }
            }
            return headerRow + 1;
        }

        /** 合计, 本年收入合计 where given, then the rows; answers the row below the block. */
        private int body(Block block, int start) {
            TableView.SectionView section = block.section();
            int row = start;
            total(block, row++, "合计", section.total());
            if (section.thisYear() != null) {
                total(block, row++, "本年收入合计", section.thisYear());
            }
            for (TableView.RowView line : section.rows()) {
                int column = block.first();
                for (Lead lead : block.leads()) {
                    String text = lead.text().apply(line);
                    Cell cell = cell(row, column, lead.indented() ? styles.name(line.level()) : styles.text);
                    if (text != null) {
                        cell.setCellValue(text);
                    }
                    fit(column, text, lead.indented() ? 2 * Math.max(0, line.level() - 1) : 0);
                    column++;
                }
                amounts(block, row, line.values(), styles.amount);
                row++;
            }
            return row;
        }

        private void total(Block block, int row, String label, Map<String, BigDecimal> values) {
            if (!block.leads().isEmpty()) {
                for (int c = block.first(); c < block.first() + block.leads().size(); c++) {
                    cell(row, c, styles.totalLabel);
                }
                sheet.getRow(row).getCell(block.first()).setCellValue(label);
                merge(row, row, block.first(), block.first() + block.leads().size() - 1);
            }
            amounts(block, row, values, styles.totalAmount);
        }

        private void amounts(Block block, int row, Map<String, BigDecimal> values, CellStyle style) {
            int column = block.first() + block.leads().size();
            for (TableView.ColumnView header : block.section().columns()) {
                Cell cell = cell(row, column, style);
                BigDecimal amount = values.get(header.key());
                if (amount != null) {
                    cell.setCellValue(amount.doubleValue());
                    fit(column, amount.toPlainString());
                }
                column++;
            }
        }

        /** Column widths, row heights, panes and printing. */
        private void layout(int headerStart, int dataStart, int end) {
            int total = 0;
            for (int c = 0; c < width; c++) {
                boolean amount = isAmount(c);
                int chars = Math.min(MAX_WIDTH, widths[c] + 2);
                if (amount) {
                    chars = Math.max(chars, MIN_AMOUNT_WIDTH);
                }
                total += chars;
                sheet.setColumnWidth(c, chars * 256);
            }
            if (table.note() != null) {
                int lines = Math.max(1, (displayWidth(table.note()) + total - 1) / Math.max(1, total));
                sheet.getRow(end).setHeightInPoints(lines * 16f + 4);
            }
            sheet.setDisplayGridlines(false);
            sheet.createFreezePane(0, dataStart);
            sheet.setRepeatingRows(new CellRangeAddress(headerStart, dataStart - 1, -1, -1));
            sheet.setFitToPage(true);
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
        }

        private boolean isAmount(int column) {
            for (Block block : blocks) {
                if (column >= block.first() + block.leads().size() && column <= block.last()) {
                    return true;
                }
            }
            return false;
        }

        private void fit(int column, String text) {
            fit(column, text, 0);
        }

        private void fit(int column, String text, int extra) {
            widths[column] = Math.max(widths[column], displayWidth(text) + extra);
        }

        private Cell cell(int row, int column, CellStyle style) {
            Row r = sheet.getRow(row);
            if (r == null) {
                r = sheet.createRow(row);
            }
            Cell cell = r.getCell(column);
            if (cell == null) {
                cell = r.createCell(column);
            }
            cell.setCellStyle(style);
            return cell;
        }

        /** Merges a range of two or more cells (Excel refuses a merge of one). */
        private void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            if (firstRow < lastRow || firstColumn < lastColumn) {
                sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
            }
        }
    }

    /** The workbook's cell styles, made once: a workbook holds at most 64,000 of them. */
    private static final class Styles {

        private static final String FONT = "宋体";

        final CellStyle title;
        final CellStyle caption;
        final CellStyle unit;
        final CellStyle header;
        final CellStyle text;
        final CellStyle blank;
        final CellStyle totalLabel;
        final CellStyle amount;
        final CellStyle totalAmount;
        final CellStyle note;
        private final CellStyle[] names = new CellStyle[4];

        Styles(Workbook workbook) {
            Font regular = font(workbook, false, 11);
            Font bold = font(workbook, true, 11);
            short format = workbook.createDataFormat().getFormat(AMOUNT_FORMAT);

            title = workbook.createCellStyle();
            title.setFont(font(workbook, true, 16));
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);

            caption = workbook.createCellStyle();
            caption.setFont(regular);
            caption.setAlignment(HorizontalAlignment.LEFT);

            unit = workbook.createCellStyle();
            unit.setFont(regular);
            unit.setAlignment(HorizontalAlignment.RIGHT);

            header = ruled(workbook, bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            text = ruled(workbook, regular);
            blank = ruled(workbook, regular);

            totalLabel = ruled(workbook, bold);
            totalLabel.setAlignment(HorizontalAlignment.CENTER);

            amount = ruled(workbook, regular);
            amount.setDataFormat(format);
            totalAmount = ruled(workbook, bold);
            totalAmount.setDataFormat(format);

            for (int level = 0; level < names.length; level++) {
                names[level] = ruled(workbook, regular);
                names[level].setIndention((short) level);
            }

            note = workbook.createCellStyle();
            note.setFont(regular);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
        }

        /** The name of a row of this level: a 款 indented once under its 类, a 项 twice. */
        CellStyle name(int level) {
            return names[Math.max(0, Math.min(names.length - 1, level - 1))];
        }

        private static Font font(Workbook workbook, boolean bold, int points) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setBold(bold);
            font.setFontHeightInPoints((short) points);
            return font;
        }

        private static CellStyle ruled(Workbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}

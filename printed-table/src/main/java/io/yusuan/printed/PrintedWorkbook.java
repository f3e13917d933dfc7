package io.yusuan.printed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@link PrintedLayout}s as XLSX sheets, a sheet each, written as a stream (SXSSF: rows go to a temporary file as they
 * are written, so no sheet is held whole in memory). A sheet is laid out like the printed table: the title merged
 * across the table, the subtitle under it, 部门名称 on the left and 单位 in the last column (on a row each if the table
 * is narrow), the header rows with each merged cell merged, then the body rows (amounts as numbers in a 0.00 format,
 * totals in bold), then the notes, each merged across the table; frozen under the header, which repeats on every
 * printed page, landscape A4 one page wide.
 */
public final class PrintedWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String AMOUNT_FORMAT = "0.00";

    /** Rows kept in memory per sheet before they are flushed to the temporary file. */
    private static final int WINDOW = 100;

    private PrintedWorkbook() {
    }

    /** The tables as a new workbook, a sheet each, in the order given. */
    public static void write(List<PrintedLayout> tables, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            write(workbook, tables, out);
        }
    }

    /** The tables as a new workbook, a sheet each, in the order given. */
    public static byte[] of(List<PrintedLayout> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(tables, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Another workbook with the tables appended as sheets after its own, which are kept as they are. */
    public static void append(XSSFWorkbook workbook, List<PrintedLayout> tables, OutputStream out) throws IOException {
        try (SXSSFWorkbook streamed = new SXSSFWorkbook(workbook, WINDOW)) {
            write(streamed, tables, out);
        }
    }

    private static void write(SXSSFWorkbook workbook, List<PrintedLayout> tables, OutputStream out) throws IOException {
        try {
            PrintedStyles styles = new PrintedStyles(workbook);
            for (PrintedLayout table : tables) {
                new SheetWriter(workbook.createSheet(sheetName(table)), table, styles).write();
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
        }
    }

    /** "05 一般公共预算支出预算表", within Excel's 31 characters and without the characters it refuses. */
    public static String sheetName(PrintedLayout table) {
        return WorkbookUtil.createSafeSheetName(table.number() + " " + table.name());
    }

    /** One sheet, written top to bottom (a streamed sheet cannot go back to a row it has flushed). */
    private static final class SheetWriter {

        private final Sheet sheet;
        private final PrintedLayout table;
        private final PrintedStyles styles;
        private final SheetGeometry geometry;

        SheetWriter(Sheet sheet, PrintedLayout table, PrintedStyles styles) {
            this.sheet = sheet;
            this.table = table;
            this.styles = styles;
            this.geometry = new SheetGeometry(table);
        }

        void write() {
            int width = table.width();
            for (int c = 0; c < width; c++) {
                sheet.setColumnWidth(c, geometry.width(c) * 256);
            }
            int row = 0;
            Row title = sheet.createRow(row);
            title.setHeightInPoints(30);
            cell(title, 0, styles.title).setCellValue(table.title());
            merge(row, row, 0, width - 1);
            row++;
            if (table.subtitle() != null) {
                cell(sheet.createRow(row), 0, styles.subtitle).setCellValue(table.subtitle());
                merge(row, row, 0, width - 1);
                row++;
            }
            row = caption(row, width);

            int headerStart = row;
            for (PrintedLayout.Row header : table.header()) {
                row = printed(row, header);
            }
            int dataStart = row;
            for (PrintedLayout.Row line : table.rows()) {
                row = printed(row, line);
            }
            for (String text : table.notes()) {
                Row note = sheet.createRow(row);
                cell(note, 0, styles.note).setCellValue(text);
                note.setHeightInPoints(geometry.height(text, 0, width));
                merge(row, row, 0, width - 1);
                row++;
            }
            sheet.setDisplayGridlines(false);
            sheet.createFreezePane(0, dataStart);
            if (dataStart > headerStart) {
                sheet.setRepeatingRows(new CellRangeAddress(headerStart, dataStart - 1, -1, -1));
            }
            sheet.setFitToPage(true);
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
        }

        /** 部门名称 on the left and 单位 in the last column, as printed; on a row each if the table is narrow. */
        private int caption(int row, int width) {
            Row caption = sheet.createRow(row);
            cell(caption, 0, styles.caption).setCellValue("部门名称：" + table.departmentName());
            boolean sameRow = width > 2;
            merge(row, row, 0, sameRow ? width - 2 : width - 1);
            if (!sameRow) {
                caption = sheet.createRow(++row);
                merge(row, row, 0, width - 1);
            }
            cell(caption, sameRow ? width - 1 : 0, styles.unit).setCellValue("单位：" + table.unit());
            return row + 1;
        }

        /** A printed row: every column ruled (a column under a merged cell too), then its cells; answers the next row. */
        private int printed(int index, PrintedLayout.Row printed) {
            Row row = sheet.createRow(index);
            boolean header = printed.style() == PrintedLayout.Style.HEADER;
            boolean bold = printed.style() == PrintedLayout.Style.TOTAL;
            CellStyle ruled = header ? styles.header : styles.text(bold, table.wrap(), false, 0);
            for (int c = 0; c < table.width(); c++) {
                cell(row, c, ruled);
            }
            float height = 0;
            for (PrintedLayout.Cell printedCell : printed.cells()) {
                if (printedCell.numeric()) {
                    Cell cell = cell(row, printedCell.column(), bold ? styles.boldAmount : styles.amount);
                    if (printedCell.amount() != null) {
                        cell.setCellValue(printedCell.amount().doubleValue());
                    }
                } else {
                    Cell cell = header ? row.getCell(printedCell.column()) : cell(row, printedCell.column(),
                            styles.text(bold, table.wrap(), printedCell.centred(), printedCell.indent()));
                    if (printedCell.text() != null) {
                        cell.setCellValue(printedCell.text());
                        if (table.wrap() && printedCell.rows() == 1) {
                            height = Math.max(height, geometry.height(printedCell.text(), printedCell.column(),
                                    printedCell.columns()));
                        }
                    }
                }
                merge(index, index + printedCell.rows() - 1, printedCell.column(),
                        printedCell.column() + printedCell.columns() - 1);
            }
            if (height > 0) {
                row.setHeightInPoints(height);
            }
            return index + 1;
        }

        private static Cell cell(Row row, int column, CellStyle style) {
            Cell cell = row.getCell(column);
            if (cell == null) {
                cell = row.createCell(column);
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
}

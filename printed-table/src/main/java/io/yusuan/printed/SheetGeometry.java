package io.yusuan.printed;

/**
 * Column widths and row heights of a {@link PrintedLayout}'s sheet, worked out before it is written (a streamed sheet
 * cannot be measured afterwards). A column is as wide as its widest cell of its own (a merged cell is not counted):
 * a text (with its indent) or an amount (at least {@value #AMOUNT_WIDTH}), a header or a wrapping text within
 * {@value #MAX_WRAPPED}, a text on one line within {@value #MAX_ONE_LINE}. A row is as high as its longest text
 * wrapped in its columns.
 */
final class SheetGeometry {

    /** Column widths in characters: a CJK (full-width) character counts two. */
    static final int MIN_WIDTH = 4;
    static final int MAX_WRAPPED = 40;
    static final int MAX_ONE_LINE = 60;
    static final int AMOUNT_WIDTH = 12;
    private static final float LINE_POINTS = 15f;

    private final int[] widths;

    SheetGeometry(PrintedLayout table) {
        widths = new int[table.width()];
        java.util.Arrays.fill(widths, MIN_WIDTH);
        for (PrintedLayout.Row row : table.header()) {
            for (PrintedLayout.Cell cell : row.cells()) {
                fit(cell, Math.min(MAX_WRAPPED, displayWidth(cell.text()) + 2));
            }
        }
        int max = table.wrap() ? MAX_WRAPPED : MAX_ONE_LINE;
        for (PrintedLayout.Row row : table.rows()) {
            for (PrintedLayout.Cell cell : row.cells()) {
                fit(cell, cell.numeric() ? Math.max(AMOUNT_WIDTH, Math.min(max, displayWidth(cell.printed()) + 2))
                        : Math.min(max, displayWidth(cell.text()) + 2 * cell.indent() + 2));
            }
        }
    }

    private void fit(PrintedLayout.Cell cell, int wanted) {
        if (cell.columns() == 1) {
            widths[cell.column()] = Math.max(widths[cell.column()], wanted);
        }
    }

    /** The column's width in characters. */
    int width(int column) {
        return widths[column];
    }

    /** The height, in points, a text needs wrapped across {@code columns} columns from {@code column}. */
    float height(String text, int column, int columns) {
        int available = 0;
        for (int c = column; c < Math.min(widths.length, column + columns); c++) {
            available += widths[c];
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (displayWidth(paragraph) + available - 1) / Math.max(1, available - 1));
        }
        return Math.max(1, lines) * LINE_POINTS + 3;
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
}

package io.yusuan.printed;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a workbook's table sheets, each made once per workbook (a workbook holds at most 64,000): a text
 * cell's style is made the first time a sheet asks for its combination of weight, wrapping, centring and indent.
 */
final class PrintedStyles {

    static final String FONT = "宋体";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle caption;
    final CellStyle unit;
    final CellStyle header;
    final CellStyle amount;
    final CellStyle boldAmount;
    final CellStyle note;

    private final Workbook workbook;
    private final Font regular;
    private final Font bold;
    private final Map<String, CellStyle> texts = new HashMap<>();

    PrintedStyles(Workbook workbook) {
        this.workbook = workbook;
        regular = font(workbook, false, 11);
        bold = font(workbook, true, 11);
        short format = workbook.createDataFormat().getFormat(PrintedWorkbook.AMOUNT_FORMAT);

        title = workbook.createCellStyle();
        title.setFont(font(workbook, true, 16));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        subtitle = workbook.createCellStyle();
        subtitle.setFont(regular);
        subtitle.setAlignment(HorizontalAlignment.CENTER);

        caption = workbook.createCellStyle();
        caption.setFont(regular);
        caption.setAlignment(HorizontalAlignment.LEFT);

        unit = workbook.createCellStyle();
        unit.setFont(regular);
        unit.setAlignment(HorizontalAlignment.RIGHT);

        header = ruled(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        amount = ruled(regular);
        amount.setDataFormat(format);
        boldAmount = ruled(bold);
        boldAmount.setDataFormat(format);

        note = workbook.createCellStyle();
        note.setFont(regular);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** A ruled text cell's style: bold (a total's), wrapped within its column, centred, indented so many levels. */
    CellStyle text(boolean isBold, boolean wrap, boolean centred, int indent) {
        return texts.computeIfAbsent(isBold + "/" + wrap + "/" + centred + "/" + indent, key -> {
            CellStyle style = ruled(isBold ? bold : regular);
            style.setWrapText(wrap);
            if (centred) {
                style.setAlignment(HorizontalAlignment.CENTER);
            }
            style.setIndention((short) indent);
            return style;
        });
    }

    private static Font font(Workbook workbook, boolean isBold, int points) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setBold(isBold);
        font.setFontHeightInPoints((short) points);
        return font;
    }

    /** Thin borders all round, centred vertically. */
    private CellStyle ruled(Font font) {
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

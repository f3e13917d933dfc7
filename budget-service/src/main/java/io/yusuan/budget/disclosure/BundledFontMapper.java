package io.yusuan.budget.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper without the file system: openhtmltopdf registers the PDF base-14 fonts (Times, Helvetica,
 * Courier), and PDFBox's own mapper then scans every font installed on the machine (seconds, and a different result
 * on every machine) to find a program for them. The document is set in Noto Sans SC only, so these never draw a
 * glyph: this mapper answers PDFBox's bundled Liberation Sans for all of them, at once and the same everywhere. It is
 * the chosen font, not a fallback, so PDFBox does not warn about it.
 */
final class BundledFontMapper implements FontMapper {

    private static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final TrueTypeFont fallback;

    BundledFontMapper() {
        try (InputStream in = FontMapper.class.getResourceAsStream(LIBERATION_SANS)) {
            if (in == null) {
                throw new IllegalStateException(LIBERATION_SANS + " is part of the pdfbox jar");
            }
            fallback = new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read PDFBox's bundled " + LIBERATION_SANS, e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(fallback, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(fallback, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, fallback, false);
    }
}

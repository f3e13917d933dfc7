package io.yusuan.budget.disclosure;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.FontMappers;

/**
 * The document's HTML as PDF (openhtmltopdf on PDFBox), in Noto Sans SC ({@link DocumentFonts}, from the build): only
 * the glyphs the document uses are embedded, so no machine needs a CJK font installed and the PDF stays small.
 */
final class DisclosurePdf {

    static {
        // before openhtmltopdf's first base-14 font: no scan of the machine's fonts
        FontMappers.set(new BundledFontMapper());
        XRLog.setLoggerImpl(new PdfLog());
    }

    private DisclosurePdf() {
    }

    static byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.useFont(() -> new ByteArrayInputStream(DocumentFonts.regular()), DocumentFonts.FAMILY, 400,
                    FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(DocumentFonts.bold()), DocumentFonts.FAMILY, 700,
                    FontStyle.NORMAL, true);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the disclosure document as PDF", e);
        }
        return out.toByteArray();
    }
}

package io.yusuan.budget.disclosure;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.font.FontMappers;

/**
 * The document's HTML as PDF (openhtmltopdf on PDFBox), in Noto Sans SC: the font comes from the build (the
 * ph-fonts-noto-sans-sc artifact on the class path), and only the glyphs the document uses are embedded, so no
 * machine needs a CJK font installed and the PDF stays small.
 */
final class DisclosurePdf {

    /** The family the stylesheet names; the font files are registered under it. */
    static final String FAMILY = "Noto Sans SC";
    static final String REGULAR = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    static final String BOLD = "fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

    /** The font files, read once (about 10 MB each). */
    private static volatile byte[] regular;
    private static volatile byte[] bold;

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
            builder.useFont(() -> new ByteArrayInputStream(regular()), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold()), FAMILY, 700, FontStyle.NORMAL, true);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the disclosure document as PDF", e);
        }
        return out.toByteArray();
    }

    static byte[] regular() {
        if (regular == null) {
            regular = read(REGULAR);
        }
        return regular;
    }

    static byte[] bold() {
        if (bold == null) {
            bold = read(BOLD);
        }
        return bold;
    }

    private static byte[] read(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is not on the class path: budget-service "
                        + "is built with com.helger.font:ph-fonts-noto-sans-sc");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + resource, e);
        }
    }
}

package io.yusuan.budget.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The Noto Sans SC font files the disclosure document is set in, from the build (the ph-fonts-noto-sans-sc artifact
 * on the class path), each read once (about 10 MB): the PDF embeds their glyphs ({@link DisclosurePdf}), and
 * browsers without a Chinese font fetch them ({@link DisclosureFontResource}).
 */
final class DocumentFonts {

    /** The family the stylesheet names; the font files are registered under it. */
    static final String FAMILY = "Noto Sans SC";
    static final String REGULAR_FILE = "NotoSansSC-Regular.ttf";
    static final String BOLD_FILE = "NotoSansSC-Bold.ttf";
    private static final String DIRECTORY = "fonts/ttf/NotoSansSC/";

    private static volatile byte[] regular;
    private static volatile byte[] bold;

    private DocumentFonts() {
    }

    static byte[] regular() {
        if (regular == null) {
            regular = read(DIRECTORY + REGULAR_FILE);
        }
        return regular;
    }

    static byte[] bold() {
        if (bold == null) {
            bold = read(DIRECTORY + BOLD_FILE);
        }
        return bold;
    }

    /** The font file of that name ({@value #REGULAR_FILE} or {@value #BOLD_FILE}), if there is one. */
    static Optional<byte[]> file(String name) {
        return switch (name) {
            case REGULAR_FILE -> Optional.of(regular());
            case BOLD_FILE -> Optional.of(bold());
            default -> Optional.empty();
        };
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

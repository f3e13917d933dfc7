package io.yusuan.catalog.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reading the data files shipped under {@code catalog/} (code lists, 对照表, regions). A file that is
 * missing is a packaging defect, never an empty list.
 */
public final class ShippedFiles {

    private ShippedFiles() {
    }

    /** The rows of a shipped CSV file with a header, by column name. */
    public static List<Map<String, String>> records(String resource) {
        try (Reader csv = reader(resource)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get().parse(csv).stream()
                    .map(CSVRecord::toMap)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text with LF line ends, so that a checksum over it ignores how a checkout ends lines. */
    public static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A checksum of the files (their names and their text, line ends aside) and of a format version, so that a
     * repeatable migration runs again when either changes.
     */
    public static int checksum(int format, List<String> files) {
        CRC32 crc = new CRC32();
        crc.update(format);
        for (String file : files) {
            crc.update(file.getBytes(StandardCharsets.UTF_8));
            crc.update(text(file).getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    public static Reader reader(String resource) {
        return new InputStreamReader(open(resource), StandardCharsets.UTF_8);
    }

    private static InputStream open(String resource) {
        InputStream in = ShippedFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The shipped file " + resource + " is missing");
        }
        return in;
    }
}

package io.yusuan.performance.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** How the export's lines are written: NDJSON or CSV, each the {@link ExportRecord#COLUMNS} in order. */
enum ExportFormat {

    /** One JSON object a line, every key present (null where absent), so that every line has one shape. */
    NDJSON("application/x-ndjson", "ndjson"),
    /** RFC 4180, UTF-8, CRLF, a header row of the column names; an absent value is empty, an amount plain (1234.50). */
    CSV("text/csv", "csv");

    final String mediaType;
    final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** Writes records one after the other onto a stream, never holding more than one; closing flushes. */
    interface Lines extends Closeable {
        void write(ExportRecord record) throws IOException;
    }

    Lines lines(OutputStream out, ObjectMapper json) throws IOException {
        return this == NDJSON ? ndjson(out, json) : csv(out);
    }

    private static Lines ndjson(OutputStream out, ObjectMapper json) throws IOException {
        JsonGenerator generator = json.getFactory().createGenerator(out);
        generator.setRootValueSeparator(null);
        // the response's stream is the container's to close; amounts as written (10, not 1E+1)
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        return new Lines() {
            @Override
            public void write(ExportRecord record) throws IOException {
                generator.writeStartObject();
                List<Object> values = record.values();
                for (int i = 0; i < values.size(); i++) {
                    generator.writeFieldName(ExportRecord.COLUMNS.get(i));
                    generator.writeObject(values.get(i));
                }
                generator.writeEndObject();
                generator.writeRaw('\n');
            }

            @Override
            public void close() throws IOException {
                generator.close();
            }
        };
    }

    private static Lines csv(OutputStream out) throws IOException {
        CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
        csv.printRecord(ExportRecord.COLUMNS);
        return new Lines() {
            @Override
            public void write(ExportRecord record) throws IOException {
                csv.printRecord(record.values().stream()
                        .map(value -> value instanceof BigDecimal amount ? amount.toPlainString() : value).toList());
            }

            @Override
            public void close() throws IOException {
                csv.flush();
            }
        };
    }
}

package io.yusuan.budget.export;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** An export as CSV (RFC 4180: UTF-8, a header row, CRLF), written as the cursor reads it. */
@Provider
@Produces(LineExport.CSV)
public class LineExportCsvWriter implements MessageBodyWriter<LineExport> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return LineExport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(LineExport export, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream out) throws IOException {
        // not closed: closing it would close the response stream, which the framework owns
        CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), CSVFormat.RFC4180);
        csv.printRecord(ExportLine.COLUMNS);
        export.stream(line -> csv.printRecord(line.csvRow()));
        csv.flush();
    }
}

package io.yusuan.performance.table;

import io.yusuan.printed.PrintedCsv;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Table 12 or 13 as CSV: its printed rows, drawn from the printed layout (see {@link PrintedCsv}). */
@Provider
@Produces(PrintedCsvWriter.MEDIA_TYPE)
public class PrintedCsvWriter implements MessageBodyWriter<PrintedTable.Printable> {

    static final String MEDIA_TYPE = "text/csv";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return PrintedTable.Printable.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(PrintedTable.Printable table, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", MEDIA_TYPE + ";charset=UTF-8");
        out.write(PrintedCsv.of(PrintedTable.layout(table.printed())).getBytes(StandardCharsets.UTF_8));
    }
}

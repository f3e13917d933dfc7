package io.yusuan.performance.table;

import io.yusuan.printed.PrintedWorkbook;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Table 12 or 13 as XLSX: one sheet laid out like the printed table and like budget-service's sheets of tables 01–11
 * (see {@link PrintedWorkbook}).
 */
@Provider
@Produces(PrintedWorkbook.MEDIA_TYPE)
public class PrintedXlsxWriter implements MessageBodyWriter<PrintedTable.Printable> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return PrintedTable.Printable.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(PrintedTable.Printable table, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        PrintedWorkbook.write(List.of(PrintedTable.layout(table.printed())), out);
    }
}

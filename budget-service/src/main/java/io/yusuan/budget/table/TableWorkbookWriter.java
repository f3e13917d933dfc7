package io.yusuan.budget.table;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** A table, or a {@link TableSet}, as an XLSX workbook ({@link TableWorkbook}): a sheet per table. */
@Provider
@Produces(TableWorkbook.MEDIA_TYPE)
public class TableWorkbookWriter implements MessageBodyWriter<Object> {

    private final Renderings renderings = new Renderings();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return TableView.class.isAssignableFrom(type) || TableSet.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object tables, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(renderings.of(tables, () -> tables instanceof TableSet set ? TableWorkbook.of(set.tables())
                : TableWorkbook.of((TableView) tables)));
    }
}

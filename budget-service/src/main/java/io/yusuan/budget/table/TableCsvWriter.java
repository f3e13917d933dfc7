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
import java.nio.charset.StandardCharsets;

/** A table as {@code text/csv} ({@link TableCsv}), UTF-8: what a resource returning a table answers to {@code Accept: text/csv}. */
@Provider
@Produces(TableCsvWriter.MEDIA_TYPE)
public class TableCsvWriter implements MessageBodyWriter<TableView> {

    public static final String MEDIA_TYPE = "text/csv";

    /** The Content-Type sent: the CSV is UTF-8, said so for the spreadsheets that would guess otherwise. */
    public static final String CONTENT_TYPE = MEDIA_TYPE + ";charset=UTF-8";

    private final Renderings renderings = new Renderings();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return TableView.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(TableView table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(renderings.of(table, () -> TableCsv.of(table).getBytes(StandardCharsets.UTF_8)));
    }
}

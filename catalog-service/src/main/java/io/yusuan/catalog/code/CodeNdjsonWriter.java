package io.yusuan.catalog.code;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/**
 * A selection of codes as NDJSON, for a data platform: every selected code, one JSON object per line, each
 * as a page's {@code items} show it, written line by line rather than built whole first.
 */
@Provider
@Produces(CodeResource.NDJSON)
public class CodeNdjsonWriter extends CodeExportWriter {

    private final ObjectMapper json;

    public CodeNdjsonWriter(ObjectMapper json) {
        super("ndjson");
        this.json = json;
    }

    @Override
    void write(CodeSelection selection, MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream entity)
            throws IOException {
        for (Iterator<CodeView> views = selection.views().iterator(); views.hasNext(); ) {
            entity.write(json.writeValueAsBytes(views.next()));
            entity.write('\n');
        }
    }
}

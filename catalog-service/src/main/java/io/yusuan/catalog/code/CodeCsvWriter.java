package io.yusuan.catalog.code;

import io.yusuan.catalog.load.CodeListCsv;
import io.yusuan.catalog.load.CodeRow;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A selection of codes as CSV: every selected code in the load format, so that an export loads back as it is. */
@Provider
@Produces(CodeResource.CSV)
public class CodeCsvWriter extends CodeExportWriter {

    public CodeCsvWriter() {
        super("csv");
    }

    @Override
    void write(CodeSelection selection, MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream entity)
            throws IOException {
        headers.putSingle(HttpHeaders.CONTENT_TYPE, mediaType.withCharset(StandardCharsets.UTF_8.name()));
        Writer csv = new OutputStreamWriter(entity, StandardCharsets.UTF_8);
        Iterable<CodeRow> rows = selection.codes().stream().map(CodeCsvWriter::row)::iterator;
        CodeListCsv.write(rows, csv);
        csv.flush();
    }

    private static CodeRow row(ClassificationCode code) {
        return new CodeRow(0, code.code(), code.level(), code.parentCode(), code.name(), code.nameEn(),
                code.provenance(), code.basicCategory(), code.threePublicPart());
    }
}

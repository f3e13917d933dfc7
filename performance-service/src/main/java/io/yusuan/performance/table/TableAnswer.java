package io.yusuan.performance.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.printed.PrintedCsv;
import io.yusuan.printed.PrintedWorkbook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The answer to a read of table 12 or 13 in the format Accept asks for — JSON, CSV or XLSX, all three from the table's
 * {@link PrintedTable} — with an ETag of what the table holds and the format, a 304 when If-None-Match has it, and
 * {@code Vary: Accept} since one URI answers three formats.
 */
@ApplicationScoped
public class TableAnswer {

    static final String CSV = "text/csv";
    static final String XLSX = PrintedWorkbook.MEDIA_TYPE;
    /** A table changes whenever a target is written: caches revalidate every time (the ETag makes that cheap). */
    static final String CACHE_CONTROL = "no-cache";

    /** The formats, in the order they are preferred when Accept allows several equally. */
    enum Format {
        JSON(MediaType.APPLICATION_JSON, "json"), CSV(TableAnswer.CSV, "csv"), XLSX(TableAnswer.XLSX, "xlsx");

        final String mediaType;
        final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        /** The first format the request's Accept (in order of preference) takes; JSON without one. */
        static Format of(HttpHeaders headers) {
            for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
                for (Format format : values()) {
                    if (acceptable.isCompatible(MediaType.valueOf(format.mediaType))) {
                        return format;
                    }
                }
            }
            return JSON;
        }
    }

    private final ObjectMapper json;

    public TableAnswer(ObjectMapper json) {
        this.json = json;
    }

    /**
     * A table (its JSON record) and its printed layout in the format asked for.
     *
     * @param file the download's file name without extension, e.g. {@code 410304-141-2022-table-13}
     */
    Response of(Object table, PrintedTable printed, HttpHeaders headers, Request request, String file) {
        Format format = Format.of(headers);
        EntityTag tag = tag(format, serialised(table));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return cached(notModified, tag).build();
        }
        Response.ResponseBuilder answer = switch (format) {
            case JSON -> Response.ok(table, MediaType.APPLICATION_JSON);
            case CSV -> Response.ok(PrintedCsv.of(PrintedTable.layout(printed)), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", attachment(file, format));
            case XLSX -> Response.ok((StreamingOutput) out -> PrintedWorkbook.write(List.of(PrintedTable.layout(printed)),
                    out), XLSX).header("Content-Disposition", attachment(file, format));
        };
        return cached(answer, tag).build();
    }

    /** ETag, Cache-Control and Vary: Accept on an answer or a 304. */
    static Response.ResponseBuilder cached(Response.ResponseBuilder answer, EntityTag tag) {
        return answer.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    /** The format and a digest of the content: equal tags, equal bytes (of that format). */
    static EntityTag tag(Format format, byte[]... contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] content : contents) {
                digest.update(content);
            }
            return new EntityTag(format.extension + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 32));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    byte[] serialised(Object table) {
        try {
            return json.writeValueAsString(table).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Tables write as JSON", e);
        }
    }

    /** {@code attachment; filename="410304-141-2022-table-13.xlsx"}, of the characters a file name may safely have. */
    static String attachment(String file, Format format) {
        return "attachment; filename=\"" + file.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension + "\"";
    }
}
